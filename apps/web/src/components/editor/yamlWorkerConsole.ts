// Imported by the YAML worker before monaco-yaml: the language service reports its own
// failures (a stack overflow on a recursive alias) through console.error, although the
// editor recovers from them (yamlServiceGuard.ts). They are reported as warnings instead.
const report = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (args[0] === 'monaco-yaml')
    console.warn('The YAML service could not check this text:', ...args.slice(1));
  else report(...args);
};

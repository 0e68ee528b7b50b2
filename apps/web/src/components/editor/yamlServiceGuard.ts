/**
 * Keeps monaco-yaml (the editor's own schema checks, hover, completion, folding) from
 * failing the page. Its parser recurses without a bound: a recursive alias
 * (`labels: &l {self: *l}`) or 100,000 documents overflow its stack, and Monaco rethrows
 * the rejected worker call as an uncaught error. So the service is turned off (the model
 * becomes plain text) past a size, and after it has overflowed on the current aliases;
 * the engine's markers and the diagnostics list go on as before.
 */
import { errorHandler } from 'monaco-editor/esm/vs/base/common/errors.js';
import type * as Monaco from 'monaco-editor';
import { useAppStore } from '../../state/store';

/** Past this many characters the YAML service is off (the engine still checks everything). */
export const YAML_SERVICE_MAX_CHARS = 1_000_000;
const NOTICE_ID = 'yaml-service-off';
/** An alias (`*name`) where YAML allows one: after a space, `[`, `{`, `,` or at a line start. */
const ALIAS = /(?:^|[\s[{,])\*[^\s,[\]{}]+/m;

export type YamlServiceState = 'on' | 'too-large' | 'stopped-on-alias';

/** Whether the service may look at `text`, given whether it overflowed on its aliases before. */
export function yamlServiceState(text: string, overflowedOnAliases: boolean): YamlServiceState {
  if (text.length > YAML_SERVICE_MAX_CHARS) return 'too-large';
  if (overflowedOnAliases && ALIAS.test(text)) return 'stopped-on-alias';
  return 'on';
}

function isStackOverflow(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /Maximum call stack|too much recursion|RangeError/i.test(text);
}

const MESSAGES: Record<Exclude<YamlServiceState, 'on'>, string> = {
  'too-large':
    'This workspace is large, so the editor’s own YAML hints (schema checks, completion, ' +
    'folding) are off. Every problem is still found and listed under the editor.',
  'stopped-on-alias':
    'The editor’s YAML hints stopped on a recursive alias and stay off while the text has ' +
    'aliases. Every problem is still found and listed under the editor.',
};

/**
 * Editor features whose cost grows with the text, off past the size limit: wrapping
 * re-measures every line, and folding and word highlights scan the whole model.
 */
const LARGE_TEXT_OPTIONS: Monaco.editor.IEditorOptions = {
  wordWrap: 'off',
  folding: false,
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  matchBrackets: 'never',
  renderWhitespace: 'none',
};

/**
 * Switches the model between YAML and plain text as its content requires, and the editor's
 * costly features off for a large text (`normalOptions` are restored below the limit).
 */
export function guardYamlService(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  model: Monaco.editor.ITextModel,
  normalOptions: Monaco.editor.IEditorOptions,
): Monaco.IDisposable & { prepareFor(text: string): void } {
  let overflowed = false;
  let state: YamlServiceState = 'on';
  const update = (text = model.getValue()) => {
    const next = yamlServiceState(text, overflowed);
    if (!ALIAS.test(text)) overflowed = false;
    if (next === state) return;
    if (next === 'too-large' || state === 'too-large')
      editor.updateOptions(next === 'too-large' ? LARGE_TEXT_OPTIONS : normalOptions);
    state = next;
    monaco.editor.setModelLanguage(model, next === 'on' ? 'yaml' : 'plaintext');
    const { notify, dismissNotice } = useAppStore.getState();
    if (next === 'on') dismissNotice(NOTICE_ID);
    else notify({ id: NOTICE_ID, tone: 'info', text: MESSAGES[next] });
  };

  const rethrow = errorHandler.unexpectedErrorHandler;
  errorHandler.unexpectedErrorHandler = (error: unknown) => {
    if (!isStackOverflow(error)) return rethrow(error);
    console.warn('The editor’s YAML service failed on this text and is turned off:', error);
    overflowed = true;
    update();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = model.onDidChangeContent(() => {
    clearTimeout(timer);
    // Growing past the limit turns the service off before it starts on the text; the alias
    // scan can wait for a pause in typing.
    if (state === 'on' && model.getValueLength() > YAML_SERVICE_MAX_CHARS) update();
    else timer = setTimeout(update, 300);
  });
  update();
  return {
    /**
     * Called before a new text (a file, an example, undo) replaces the model's: a large
     * one then arrives with wrapping already off, instead of being wrapped once for nothing.
     */
    prepareFor: (text: string) => {
      if (state !== 'too-large' && text.length > YAML_SERVICE_MAX_CHARS) update(text);
    },
    dispose: () => {
      clearTimeout(timer);
      changed.dispose();
      errorHandler.unexpectedErrorHandler = rethrow;
    },
  };
}

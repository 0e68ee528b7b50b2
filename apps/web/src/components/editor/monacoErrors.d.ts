// Monaco's internal error hub, which has no published types: the handler that receives
// errors of language providers (by default it rethrows them, uncaught, in a timeout).
declare module 'monaco-editor/esm/vs/base/common/errors.js' {
  export const errorHandler: { unexpectedErrorHandler: (error: unknown) => void };
}

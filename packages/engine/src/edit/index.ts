/**
 * The `edit` step: pure text edits behind the app's graph actions. Each takes the
 * workspace text and returns new text; only the edited document changes (other documents,
 * broken ones included, are kept byte for byte, and the edited one keeps its comments).
 * When the object cannot be found the text comes back unchanged with `ok: false`.
 */
export { appendDocuments, removeObject, replaceObject, setLabels } from './editObjects';
export type { EditResult } from './editObjects';

/**
 * The `serialize` step: objects → YAML text in kubectl's field order, multi-document,
 * stable, quoting whatever YAML 1.1 would misread. `loadText(serializeObjects(xs))` gives
 * back `xs`.
 */
export { serializeObject, serializeObjects } from './serializeObjects';
export { inFieldOrder } from './fieldOrder';

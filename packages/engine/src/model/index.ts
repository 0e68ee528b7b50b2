// The engine's shared vocabulary: the data every step reads and returns. Steps import it
// from here (`'../model'`), never from one of its files.
export type * from './cluster';
export type * from './compiled';
export type * from './loaded';
export * from './source';
export type * from './verdict';
export * from './diagnostics';
export * from './k8s';
export * from './shapes';

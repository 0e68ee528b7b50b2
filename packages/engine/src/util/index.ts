// Primitives shared by several steps. Steps import them from here (`'../util'`).
export * from './goCidr';
export * from './json';
export * from './suggest';

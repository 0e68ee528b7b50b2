// Primitives shared by several steps. Steps import them from here (`'../util'`).
export * from './assertNever';
export * from './goCidr';
export * from './json';
export * from './podTemplate';
export * from './result';
export * from './suggest';

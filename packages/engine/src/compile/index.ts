// Public surface of the `compile` step; filled in by its module.
export {};

// Public surface of the `evaluate` step; filled in by its module.
export {};

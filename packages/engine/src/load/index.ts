// Public surface of the `load` step; filled in by its module.
export {};

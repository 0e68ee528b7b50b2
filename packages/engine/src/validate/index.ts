// Public surface of the `validate` step; filled in by its module.
export {};

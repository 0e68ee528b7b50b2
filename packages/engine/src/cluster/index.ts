// Public surface of the `cluster` step; filled in by its module.
export {};

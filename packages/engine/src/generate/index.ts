// Public surface of the `generate` step; filled in by its module.
export {};

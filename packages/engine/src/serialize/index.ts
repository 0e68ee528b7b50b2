// Public surface of the `serialize` step; filled in by its module.
export {};

// Public surface of the `matrix` step; filled in by its module.
export {};

// Public surface of the `edit` step; filled in by its module.
export {};

export const dup = 1, only = 2;

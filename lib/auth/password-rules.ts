/** Shared by zod schemas (client-safe) and the password service. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** `__Host-` binds the cookie to this exact origin: no Domain, path "/", Secure only. */
export const SESSION_COOKIE = "__Host-canal.session";

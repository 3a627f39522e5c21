"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { publicAction } from "@/lib/auth/wrappers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales } from "@/lib/i18n/config";
import { setUserLocale } from "@/lib/users/account";

const localeSchema = z.object({ locale: z.enum(locales) });

/**
 * Language switch: anyone may pick a language (cookie); a signed-in user's choice is also
 * saved on their profile so e-mails and SMS follow it.
 */
export const changeLocaleAction = publicAction(localeSchema, async (meta, { locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    secure: true,
  });
  const user = await getSessionUser();
  if (user) await setUserLocale({ audience: "user", user, ...meta }, locale);
  return { locale };
});

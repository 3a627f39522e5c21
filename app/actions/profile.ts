"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/auth/wrappers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/config";
import { changePassword, signOutEverywhere, updateProfile } from "@/lib/users/account";
import { splitPhone } from "@/lib/phone";
import { profileSchema } from "@/lib/users/profile-schema";
import { changePasswordFormSchema } from "@/lib/users/schema";

/** Saves name, language and phone; the language also goes into the cookie the UI reads. */
export const updateProfileAction = userAction("account.manage", profileSchema, async (ctx, input) => {
  const user = await updateProfile(ctx, input);
  (await cookies()).set(LOCALE_COOKIE, user.locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    secure: true,
  });
  // Split here, as the form shows it ("600 12 34 56" and its country): the browser does not
  // load libphonenumber-js for it (docs/architecture.md, "Client cost").
  const phone = splitPhone(user.phone);
  return { name: user.name, locale: user.locale, phone: phone.national, phoneCountry: phone.country };
});

/** Every session ends by design (the session version moves); the client then signs out. */
export const changePasswordAction = userAction("account.manage", changePasswordFormSchema, async (ctx, input) => {
  await changePassword(ctx, input);
  return null;
});

export const signOutEverywhereAction = userAction("account.manage", z.object({}), async (ctx) => {
  await signOutEverywhere(ctx);
  return null;
});

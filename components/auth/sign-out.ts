/**
 * Signs out with next-auth's client, fetched at that moment: a page with a sign-out button
 * (profile, workspaces) does not load next-auth's client (~32 KB minified with its helpers)
 * for a button that is rarely pressed.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl });
}

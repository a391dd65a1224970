/** Whether the user asked for browser notifications on this device (kept in localStorage, never sent anywhere). */
const PREFERENCE_KEY = "grandrue.inbox.notifications";

/** Whether this browser has the Notification API at all. */
export function canNotify(): boolean {
  return typeof Notification !== "undefined";
}

/** On when the user turned notifications on here and the browser still allows them. */
export function areNotificationsOn(): boolean {
  try {
    return canNotify() && Notification.permission === "granted" && localStorage.getItem(PREFERENCE_KEY) === "on";
  } catch {
    return false;
  }
}

/**
 * Asks the browser for permission (only on the user's click), and remembers the choice.
 * @returns the browser's answer: "granted", "denied" or "default" (the prompt was dismissed).
 */
export async function turnNotificationsOn(): Promise<NotificationPermission> {
  if (!canNotify()) return "denied";
  const permission = Notification.permission === "granted" ? "granted" : await Notification.requestPermission();
  if (permission === "granted") localStorage.setItem(PREFERENCE_KEY, "on");
  return permission;
}

export function turnNotificationsOff(): void {
  localStorage.removeItem(PREFERENCE_KEY);
}

/** Shows one notification per message while the app is open in a tab; the tag keeps two tabs from showing it twice. */
export function notify(messages: readonly { tag: string; title: string; body: string }[]): void {
  if (!areNotificationsOn()) return;
  for (const { tag, title, body } of messages) new Notification(title, { tag, body, icon: "/favicon.svg" });
}

import { NotificationsLoading } from "@/components/notifications/loading-page";

export default function Loading() {
  return <NotificationsLoading section="preferences" />;
}

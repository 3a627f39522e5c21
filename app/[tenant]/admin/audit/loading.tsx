import { ListLoading } from "@/components/ui/data-table";

export default ListLoading;

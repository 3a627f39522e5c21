/**
 * The audience wrappers: the only way pages, layouts, server actions and route handlers
 * get a request context. tests/isolation/guards.test.ts fails for any entry point that
 * does not go through one of them.
 */
export {
  partnerLayout,
  partnerPage,
  publicPage,
  userLayout,
  userPage,
  vendorLayout,
  vendorPage,
} from "./wrappers/pages";
export type { SearchParams } from "./wrappers/pages";
export { partnerMetadata, vendorMetadata } from "./wrappers/metadata";
export { partnerAction, publicAction, userAction, vendorAction } from "./wrappers/actions";
export type { ActionInput } from "@/lib/http/action-state";
export { errorResponse, partnerRoute, publicRoute, vendorRoute } from "./wrappers/routes";

/**
 * The Spanish catalog: every JSON file of this folder is one namespace, named after the file.
 * To add a namespace, create <name>.json here and in ../en and add its line (alphabetical)
 * to both index files.
 */
export { default as account } from "./account.json";
export { default as activities } from "./activities.json";
export { default as accounts } from "./accounts.json";
export { default as admin } from "./admin.json";
export { default as applications } from "./applications.json";
export { default as audit } from "./audit.json";
export { default as auth } from "./auth.json";
export { default as branding } from "./branding.json";
export { default as catalog } from "./catalog.json";
export { default as common } from "./common.json";
export { default as configurator } from "./configurator.json";
export { default as conflicts } from "./conflicts.json";
export { default as csvImport } from "./csvImport.json";
export { default as dataTable } from "./dataTable.json";
export { default as deals } from "./deals.json";
export { default as leads } from "./leads.json";
export { default as emails } from "./emails.json";
export { default as enums } from "./enums.json";
export { default as errors } from "./errors.json";
export { default as files } from "./files.json";
export { default as invoicing } from "./invoicing.json";
export { default as forecasting } from "./forecasting.json";
export { default as forms } from "./forms.json";
export { default as fulfilment } from "./fulfilment.json";
export { default as landing } from "./landing.json";
export { default as lifecycle } from "./lifecycle.json";
export { default as mailbox } from "./mailbox.json";
export { default as notifications } from "./notifications.json";
export { default as partner360 } from "./partner360.json";
export { default as partnerProfile } from "./partnerProfile.json";
export { default as partners } from "./partners.json";
export { default as portal } from "./portal.json";
export { default as preview } from "./preview.json";
export { default as orders } from "./orders.json";
export { default as pricing } from "./pricing.json";
export { default as profile } from "./profile.json";
export { default as programs } from "./programs.json";
export { default as search } from "./search.json";
export { default as settings } from "./settings.json";
export { default as setup } from "./setup.json";
export { default as shell } from "./shell.json";
export { default as sms } from "./sms.json";
export { default as team } from "./team.json";
export { default as territories } from "./territories.json";
export { default as ui } from "./ui.json";
export { default as users } from "./users.json";
export { default as validation } from "./validation.json";
export { default as warranties } from "./warranties.json";
export { default as workspaces } from "./workspaces.json";

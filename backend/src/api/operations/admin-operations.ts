import { listCurationQueueConfig } from "../admin/curation/query-config"
import { AdminAssignTerritory, AdminCurationAction, AdminListCurationQuery } from "../admin/curation/validators"
import { listProducersConfig } from "../admin/producers/query-config"
import { AdminCreateProducer, AdminInviteProducer, AdminListProducersQuery, AdminRecordPayout, AdminUpdateProducer } from "../admin/producers/validators"
import { SettlementPageQuery } from "../../lib/settlement/settlement-view"
import { AdminBankExportQuery, AdminListBalancesQuery, AdminSetFee } from "../admin/settlement/validators"
import type { Operation } from "./operation"

const ANY = "Any coordinator (an admin user of the OK OCE centre)."
const TERRITORY = "Any coordinator; a kecamatan coordinator only within their kecamatan."
const HEAD = "Only the head coordinator (koordinator kabupaten)."
const OUTSIDE = (what: string) => `${what} is outside a kecamatan coordinator's kecamatan.`
const NOT_HEAD = "The caller is a kecamatan coordinator, not the head coordinator."

/** Our `/admin/*` routes for coordinators, beside Medusa's own admin API. */
export const adminOperations: Operation[] = [
  {
    method: "GET",
    path: "/admin/coordinators/me",
    auth: "coordinator",
    summary: "Shows the signed-in coordinator's role and kecamatan",
    description: `${ANY} Answers \`{ coordinator: { id, role, kecamatan: [{ id, name }] } }\`, for the admin pages to show only what the role may do.`,
  },
  {
    method: "GET",
    path: "/admin/coordinators/:id/territory",
    auth: "coordinator",
    summary: "Shows a coordinator's role and kecamatan",
    description: `${ANY} Answers \`{ role, kecamatan: [{ id, name }] }\`.`,
  },
  {
    method: "POST",
    path: "/admin/coordinators/:id/territory",
    auth: "coordinator",
    summary: "Sets a coordinator's role and kecamatan",
    description: `${HEAD} A head coordinator has no kecamatan, a kecamatan coordinator at least one. Answers \`{ role, kecamatan }\`.`,
    body: AdminAssignTerritory,
    errors: { 403: NOT_HEAD },
  },
  {
    method: "GET",
    path: "/admin/places/kecamatan",
    auth: "coordinator",
    summary: "Lists the kecamatan, for filters and territories",
    description: `${ANY} Answers \`{ kecamatan: [{ id, code, name, handle }] }\` in code order.`,
  },
  {
    method: "GET",
    path: "/admin/producers",
    auth: "coordinator",
    summary: "Lists the producers the coordinator works with, by business name",
    description: `${TERRITORY} Filter by words in the business name, owner name or handle, and by status. Answers \`{ producers: [{ …producer, desa, stock_location }], count, limit, offset }\`.`,
    query: AdminListProducersQuery,
    queryConfig: listProducersConfig,
  },
  {
    method: "POST",
    path: "/admin/producers",
    auth: "coordinator",
    summary: "Creates a producer with its own stock location, linked to its desa",
    description: `${TERRITORY} An unknown desa, a handle already taken or an expired licence is a 400. Answers \`{ producer }\`.`,
    body: AdminCreateProducer,
    status: 201,
    errors: { 403: OUTSIDE("The producer's desa") },
  },
  {
    method: "GET",
    path: "/admin/producers/:id",
    auth: "coordinator",
    summary: "Shows a producer with desa, stock location and licences",
    description: `${TERRITORY} Answers \`{ producer }\`.`,
    errors: { 403: OUTSIDE("The producer") },
  },
  {
    method: "POST",
    path: "/admin/producers/:id",
    auth: "coordinator",
    summary: "Updates a producer's profile, status or licences",
    description: `${TERRITORY} A handle already taken or an expired licence is a 400. Answers \`{ producer }\`.`,
    body: AdminUpdateProducer,
    errors: { 403: OUTSIDE("The producer") },
  },
  {
    method: "POST",
    path: "/admin/producers/:id/invite",
    auth: "coordinator",
    summary: "Invites the producer's owner to claim the producer",
    description: `${TERRITORY} Answers \`{ invite: { producer_id, email, token, expires_at } }\`: the coordinator shares the invite link (by WhatsApp); the owner signs up with that email and POSTs the token to /producer/invite/accept.`,
    body: AdminInviteProducer,
    status: 201,
    errors: { 403: OUTSIDE("The producer") },
  },
  {
    method: "GET",
    path: "/admin/producers/:id/settlement",
    auth: "coordinator",
    summary: "Shows what the centre owes the producer, entry by entry",
    description: `${TERRITORY} Answers \`{ balance, currency_code, entries: [{ id, kind, amount, order_id, order_display_id, note, created_at }], count, limit, offset }\`: sales credited (positive), fees, refunds and payouts debited (negative); the balance is the sum of every entry.`,
    query: SettlementPageQuery,
    errors: { 403: OUTSIDE("The producer"), 404: "No producer has this id." },
  },
  {
    method: "POST",
    path: "/admin/producers/:id/payouts",
    auth: "coordinator",
    summary: "Records money the centre paid the producer",
    description: `${TERRITORY} A debit of \`amount\` (whole rupiah) with the bank's \`reference\` and the day it was \`paid_on\`; never above the balance (400), and the same reference again records nothing more. Answers the producer's settlement, as GET …/settlement does.`,
    body: AdminRecordPayout,
    status: 201,
    errors: { 400: "Above the producer's balance, or not a whole amount.", 403: OUTSIDE("The producer"), 404: "No producer has this id." },
  },
  {
    method: "GET",
    path: "/admin/settlement/balances",
    auth: "coordinator",
    summary: "Lists what the centre owes each producer",
    description: `${TERRITORY} Optionally of one \`kecamatan_id\`; by business name. Answers \`{ balances: [{ producer: { id, handle, business_name, status, desa }, balance }], count, limit, offset }\`.`,
    query: AdminListBalancesQuery,
  },
  {
    method: "GET",
    path: "/admin/settlement/bank-export",
    auth: "coordinator",
    summary: "A CSV of the payouts due, for the bank's bulk transfer",
    description: `${TERRITORY} \`text/csv\`: produsen, bank, nomor_rekening, atas_nama, jumlah, one row per producer owed money whose account a coordinator confirmed; optionally of one \`kecamatan_id\`.`,
    query: AdminBankExportQuery,
  },
  {
    method: "POST",
    path: "/admin/producers/:id/payout-account/confirm",
    auth: "coordinator",
    summary: "Confirms the producer's payout account",
    description: `${TERRITORY} The coordinator checked the account holder against the producer; payouts need it. Answers the producer's settlement; 400 when the producer has given no account.`,
    errors: { 400: "The producer has given no account.", 403: OUTSIDE("The producer"), 404: "No producer has this id." },
  },
  {
    method: "GET",
    path: "/admin/settlement/fee",
    auth: "coordinator",
    summary: "Shows the OK OCE fee kept from each sale",
    description: "Answers `{ fee: { percent, basis_points } }`; 0 until the head coordinator sets one.",
  },
  {
    method: "POST",
    path: "/admin/settlement/fee",
    auth: "coordinator",
    summary: "Sets the OK OCE fee kept from each sale from now on",
    description: `Head coordinators only. \`{ percent }\` from 0 to 30, at most two decimals; sales already credited keep the fee they had, and a refund gives back the fee kept on what it refunds. Answers \`{ fee: { percent, basis_points } }\`.`,
    body: AdminSetFee,
    errors: { 403: NOT_HEAD },
  },
  {
    method: "GET",
    path: "/admin/curation/products",
    auth: "coordinator",
    summary: "Lists the curation queue, newest change first",
    description: `${TERRITORY} Filter by curation state, kecamatan and producer. Answers \`{ products: [{ id, title, handle, thumbnail, state, licence_warning, updated_at, producer, desa, kecamatan }], count, limit, offset }\`.`,
    query: AdminListCurationQuery,
    queryConfig: listCurationQueueConfig,
  },
  {
    method: "GET",
    path: "/admin/curation/products/:id",
    auth: "coordinator",
    summary: "Shows a product for review",
    description: `${TERRITORY} Answers \`{ product, curation, producer, village, compliance, checklist, history, actions }\`: the approval checklist and the actions its state allows.`,
    errors: { 403: OUTSIDE("The product's producer") },
  },
  {
    method: "POST",
    path: "/admin/curation/products/:id/:action",
    auth: "coordinator",
    summary: "Approves, requests changes to, rejects or revokes a product",
    description: `${TERRITORY} \`action\` is one of approve, request-changes, reject, revoke, with a reason for the producer where the action needs one; an action the product's state does not allow, or an approval the checklist refuses, is a 400. Answers \`{ curation, history }\`.`,
    body: AdminCurationAction,
    errors: { 403: OUTSIDE("The product's producer"), 404: "The product, or the action, is unknown." },
  },
  {
    method: "GET",
    path: "/admin/transfer-references/:reference",
    auth: "coordinator",
    summary: "Finds the order a bank transfer's reference belongs to",
    description: `${HEAD} Buyers write the reference (PD-XXXXXX) in their transfer; a coordinator reading the bank statement matches the money with it. A malformed reference is a 400. Answers \`{ reference, order: { id, display_id, email, total, created_at }, payment: { paid, canceled } }\`.`,
    errors: { 403: NOT_HEAD },
  },
]

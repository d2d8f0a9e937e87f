import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A producer's part may be declined: the status, why and when, and the refund of its lines. */
export class Migration20261207193000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_status_check";`)
    this.addSql(
      `alter table if exists "producer_order" add constraint "producer_order_status_check" check ("status" in ('new', 'accepted', 'packed', 'handed_over', 'shipped', 'declined'));`
    )
    this.addSql(
      `alter table if exists "producer_order" add column if not exists "decline_reason" text null, add column if not exists "decline_note" text null, add column if not exists "declined_at" timestamptz null, add column if not exists "decline_refund_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_order" drop column if exists "decline_reason", drop column if exists "decline_note", drop column if exists "declined_at", drop column if exists "decline_refund_id";`
    )
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_status_check";`)
    this.addSql(
      `alter table if exists "producer_order" add constraint "producer_order_status_check" check ("status" in ('new', 'accepted', 'packed', 'handed_over', 'shipped'));`
    )
  }
}

import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207195620 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" add column if not exists "notify_by" text check ("notify_by" in ('whatsapp', 'email', 'both')) not null default 'whatsapp';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "notify_by";`)
  }
}

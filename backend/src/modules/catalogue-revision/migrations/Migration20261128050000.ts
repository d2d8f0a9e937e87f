import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_revision" ("id" text not null, "revision" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_revision_pkey" primary key ("id"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_revision" cascade;`)
  }
}

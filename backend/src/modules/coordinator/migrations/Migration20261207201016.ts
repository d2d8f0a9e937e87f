import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207201016 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "audit_entry" ("id" text not null, "subject_type" text check ("subject_type" in ('producer', 'coordinator')) not null, "subject_id" text not null, "kind" text check ("kind" in ('status', 'licence', 'territory')) not null, "actor_type" text check ("actor_type" in ('user', 'system')) not null, "actor_id" text null, "change" jsonb not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_entry_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_deleted_at" ON "audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_subject_type_subject_id_created_at" ON "audit_entry" ("subject_type", "subject_id", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`)
  }
}

import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * - `medusa_search_simple`: the Search Module's PostgreSQL provider runs with
 *   `language: "simple"` because English stemming mangles Indonesian words
 *   (kemeja -> meja, kering -> kere) and there is no Indonesian stemmer in
 *   PostgreSQL; unaccent folds "kopi" and "kopí" together. Without this
 *   configuration every search fails.
 * - `search_word` with a trigram index: the word list typo correction reads.
 *
 * pg_trgm and unaccent are also created by the provider's own migration; they
 * are created here too because the order of module migrations is not fixed.
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_ts_config where cfgname = 'medusa_search_simple') then
          create text search configuration medusa_search_simple (copy = simple);
          alter text search configuration medusa_search_simple
            alter mapping for hword, hword_part, word, asciiword, asciihword, hword_asciipart
            with unaccent, simple;
        end if;
      end
      $$;
    `)
    this.addSql(
      `create table if not exists "search_word" ("word" text not null, "ndoc" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_word_pkey" primary key ("word"));`
    )
    this.addSql(`create index if not exists "IDX_search_word_trgm" on "search_word" using gin ("word" gin_trgm_ops);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_word" cascade;`)
    this.addSql(`drop text search configuration if exists medusa_search_simple;`)
  }
}

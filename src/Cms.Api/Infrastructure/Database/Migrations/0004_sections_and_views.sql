-- Front-page rails. Three ship by default and cannot be deleted; admins may add more of the
-- same kinds, each optionally scoped to a category (with its descendants).
create table sections (
    key            text constraint sections_key_key primary key,
    name           text not null,
    kind           text not null check (kind in ('latest', 'popular', 'curated')),
    category_id    uuid references categories (id),
    window_hours   integer not null default 24 check (window_hours between 1 and 720),
    is_default     boolean not null default false,
    version        bigint not null default 1,
    items_version  bigint not null default 1,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

insert into sections (key, name, kind, is_default, created_at, updated_at) values
    ('terkini', 'Terkini', 'latest', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('terpopuler', 'Terpopuler', 'popular', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('pilihan', 'Pilihan', 'curated', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

-- The ordered items of a curated section.
create table section_items (
    section_key   text not null references sections (key) on delete cascade,
    article_id    uuid not null references articles (id),
    position      integer not null,
    pinned_until  timestamptz,
    expires_at    timestamptz,
    primary key (section_key, article_id)
);

-- Page views counted by the beacon, in hourly buckets.
create table article_views (
    article_id  uuid not null references articles (id),
    hour        timestamptz not null,
    views       bigint not null,
    primary key (article_id, hour)
);
create index article_views_hour_idx on article_views (hour);

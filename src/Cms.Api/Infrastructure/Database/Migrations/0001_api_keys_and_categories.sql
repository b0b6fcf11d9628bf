-- API keys: only a SHA-256 hash of each secret is stored; the prefix finds the row.
create table api_keys (
    id          uuid primary key,
    name        text not null,
    role        text not null check (role in ('writer', 'editor', 'admin')),
    key_prefix  text not null,
    key_hash    bytea not null unique,
    version     bigint not null default 1,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_keys_key_prefix_idx on api_keys (key_prefix) where revoked_at is null;

-- Categories form a tree (News > Internasional); siblings are ordered by position.
create table categories (
    id           uuid primary key,
    slug         text not null unique,
    name         text not null,
    description  text,
    parent_id    uuid references categories (id),
    position     integer not null default 0,
    version      bigint not null default 1,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index categories_parent_id_idx on categories (parent_id, position);

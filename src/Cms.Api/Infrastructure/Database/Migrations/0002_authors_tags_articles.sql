create table authors (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    bio         text,
    avatar_url  text,
    version     bigint not null default 1,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table tags (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    version     bigint not null default 1,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table articles (
    id                uuid primary key,
    slug              text not null,
    title             text not null,
    lead              text,
    source            text,
    category_id       uuid references categories (id),
    cover             jsonb,
    body              jsonb not null default '[]',
    meta_title        text,
    meta_description  text,
    canonical_url     text,
    status            text not null default 'draft' check (status in ('draft', 'scheduled', 'published', 'archived')),
    publish_at        timestamptz,
    published_at      timestamptz,
    created_by        uuid not null,
    created_by_name   text not null,
    version           bigint not null default 1,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    deleted_at        timestamptz
);
create index articles_public_idx on articles (published_at desc, id desc) where deleted_at is null and status = 'published';
create index articles_created_idx on articles (created_at desc, id desc) where deleted_at is null;
create index articles_category_idx on articles (category_id);

-- Every slug an article has had. The current one is articles.slug; the others redirect to it.
-- A slug stays reserved for its article for good, even after the article is deleted.
create table article_slugs (
    slug        text constraint article_slugs_slug_key primary key,
    article_id  uuid not null references articles (id),
    created_at  timestamptz not null
);
create index article_slugs_article_idx on article_slugs (article_id);

create table article_authors (
    article_id  uuid not null references articles (id) on delete cascade,
    author_id   uuid not null references authors (id),
    position    integer not null,
    primary key (article_id, author_id)
);
create index article_authors_author_idx on article_authors (author_id);

create table article_tags (
    article_id  uuid not null references articles (id) on delete cascade,
    tag_id      uuid not null references tags (id) on delete cascade,
    position    integer not null,
    primary key (article_id, tag_id)
);
create index article_tags_tag_idx on article_tags (tag_id);

-- Editor-chosen related articles (Berita Terkait), in order.
create table article_related (
    article_id  uuid not null references articles (id) on delete cascade,
    related_id  uuid not null references articles (id),
    position    integer not null,
    primary key (article_id, related_id)
);
create index articles_slug_idx on articles (slug);

-- Every saved change of an article, numbered from 1: who made it (the API key's name, or the
-- scheduler), when, the status it left, and the full content as a PUT body.
create table article_revisions (
    article_id       uuid not null references articles (id),
    number           integer not null,
    created_at       timestamptz not null,
    created_by       uuid,
    created_by_name  text not null,
    status           text not null,
    content          jsonb not null,
    primary key (article_id, number)
);

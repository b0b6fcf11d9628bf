-- Webhook subscriptions. The secret signs deliveries; it is shown once, at creation.
create table webhooks (
    id          uuid primary key,
    url         text not null,
    events      text[] not null,
    secret      text not null,
    active      boolean not null default true,
    version     bigint not null default 1,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

-- The outbox: a delivery is written in the same transaction as the change it reports, so none
-- is lost, and sent (and retried) by the dispatcher.
create table webhook_deliveries (
    id               bigint generated always as identity primary key,
    webhook_id       uuid not null references webhooks (id) on delete cascade,
    event            text not null,
    payload          jsonb not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    last_status      integer,
    last_error       text,
    created_at       timestamptz not null
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where delivered_at is null and next_attempt_at is not null;
create index webhook_deliveries_webhook_idx on webhook_deliveries (webhook_id, id desc);

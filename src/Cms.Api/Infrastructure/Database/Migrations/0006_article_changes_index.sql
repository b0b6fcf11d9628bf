-- The change feed for offline apps reads articles that were ever public in order of their last change.
create index articles_changes_idx on articles (updated_at, id) where published_at is not null;

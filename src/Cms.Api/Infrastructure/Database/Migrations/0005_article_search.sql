-- Full-text search with PostgreSQL's Indonesian stemmer ("pemberantasan" finds "berantas"):
-- title weighs most, then lead, then the words of paragraphs, headings and quotes (HTML tags
-- are not words to the parser; URLs and block types are left out).
alter table articles add column search tsvector generated always as (
    setweight(to_tsvector('indonesian', coalesce(title, '')), 'A')
    || setweight(to_tsvector('indonesian', coalesce(lead, '')), 'B')
    || setweight(jsonb_to_tsvector('indonesian', jsonb_path_query_array(body, '$[*].html') || jsonb_path_query_array(body, '$[*].text'), '["string"]'), 'C')
) stored;

create index articles_search_idx on articles using gin (search) where deleted_at is null and status = 'published';

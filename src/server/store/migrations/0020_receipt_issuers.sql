-- 0020: who issues the receipts (issue #13, domain.md §7.4). The office sets the collecting unit's name,
-- address and tax code and the receipt form code and series once for the province office ('office'), and may
-- set them again for a team that collects as an agent ('team:<id>'). A phone prints its collector's team's
-- row, else the office's. Numbered 0020 to leave 0013–0019 to work in flight on other issues.
CREATE TABLE receipt_issuers (
  scope text PRIMARY KEY CHECK (scope = 'office' OR scope LIKE 'team:%'),
  unit_name text NOT NULL,
  unit_address text NOT NULL,
  tax_code text NOT NULL,
  form_code text NOT NULL,
  series text NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL
);

-- 0022: the initial health facilities the office keeps per province (nơi đăng ký KCB ban đầu), which the
-- phones offer for household HI and D03-TS carries. An import replaces a province's list whole.
CREATE TABLE health_facilities (
  province_code text NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  address text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (province_code, code)
);

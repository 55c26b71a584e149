-- 100,000 applications over 2025-01-02 .. 2026-11-20 in bulk (not through REST), spread over the demo agencies,
-- stages and outcomes like a busy county; one or two items each. Numbers YS<date><6 digits> never clash with real ones.
\set n 100000
INSERT INTO gd_application (id, number, channel, receipt_date, applicant_type, applicant_name, id_kind, id_number_enc,
    id_number_masked, title, form, receive_by, agency_code, stage, extension_days, reply_due, closed_on, report_row,
    delivered_on, created_at, updated_at, source, applicant_key)
SELECT nextval('gd_application_seq'),
       'YS' || to_char(d, 'YYYYMMDD') || lpad((500000 + g)::text, 6, '0'),
       (ARRAY['IN_PERSON','ONLINE','REGISTERED_POST','EMAIL','ORDINARY_POST','FAX'])[1 + g % 6],
       d,
       (ARRAY['NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON','COMMERCIAL_ENTERPRISE','LEGAL_SERVICE_ORG','OTHER_ORG'])[1 + g % 7],
       (ARRAY['魏明','张伟','王芳','李娜','刘洋','陈静','杨磊','黄强'])[1 + g % 8] || (g % 97),
       'RESIDENT_ID', 'v1:bench', '4503**********' || lpad((g % 10000)::text, 4, '0'),
       (ARRAY['村征收土地公告','征地补偿安置方案公告','土地征收批准文件','建设用地规划许可证','征地补偿款发放明细','社保缴费基数文件','学校招生划片方案','医保报销政策'])[1 + g % 8],
       'PAPER', 'POST',
       (ARRAY['LC-GKB','LC-ZRZYJ','LC-ZJJ','LC-RSJ','LC-JYJ','LC-WJJ','LC-NYNCJ','LC-GOV','LC-T-101','LC-T-102','LC-DZ-BLJ','LC-DZ-GTJ'])[1 + g % 12],
       s, 0,
       CASE WHEN s IN ('REGISTERED','DRAFTING','REVIEW','CORRECTION') THEN d + 28 ELSE NULL END,
       CASE WHEN s IN ('REPLIED','DELIVERED','ARCHIVED','WITHDRAWN') THEN d + (g % 25) ELSE NULL END,
       CASE WHEN s = 'WITHDRAWN' THEN 'OTHER'
            WHEN s IN ('REPLIED','DELIVERED','ARCHIVED') THEN
              (ARRAY['GRANTED','GRANTED','GRANTED','PARTIALLY_GRANTED','WITHHELD_THIRD_PARTY','WITHHELD_PROCESS_INFORMATION','UNAVAILABLE_NOT_HELD','UNAVAILABLE_NEEDS_CREATION','NOT_PROCESSED_REPEATED','NOT_PROCESSED_PETITION'])[1 + g % 10]
            ELSE NULL END,
       CASE WHEN s IN ('DELIVERED','ARCHIVED') THEN d + (g % 25) + 1 ELSE NULL END,
       now(), now(), 'BENCH', md5((g % 30000)::text)
FROM (
  SELECT g, DATE '2025-01-02' + (g % 688) AS d,
         CASE WHEN DATE '2025-01-02' + (g % 688) > DATE '2026-10-01' THEN
                (ARRAY['REGISTERED','DRAFTING','REVIEW','REPLIED','CORRECTION','DELIVERED'])[1 + g % 6]
              ELSE (ARRAY['ARCHIVED','ARCHIVED','ARCHIVED','DELIVERED','DELIVERED','WITHDRAWN','ARCHIVED','ARCHIVED'])[1 + g % 8]
         END AS s
  FROM generate_series(1, :n) g
) x;
INSERT INTO gd_item (application_id, seq, description, decision)
SELECT id, 1, title, CASE WHEN report_row LIKE 'GRANTED' THEN 'DISCLOSED' WHEN report_row IS NULL THEN NULL ELSE 'NOT_HELD' END
FROM gd_application WHERE source = 'BENCH';
ANALYZE gd_application;
ANALYZE gd_item;

-- Reference data: critical materials the fund supports. Portable SQL: the same file
-- runs on H2 and PostgreSQL.
--
-- Sources:
--   US: USGS 2022 Final List of Critical Minerals, 87 Fed. Reg. 10381 (24 February 2022), 50 minerals.
--   KR: Ministry of Trade, Industry and Energy, 핵심광물 확보전략 (Strategy for securing a reliable
--       supply of critical minerals, 27 February 2023): 33 critical minerals, of which 10 strategic
--       (lithium, nickel, cobalt, manganese, graphite and the rare earths neodymium, dysprosium,
--       terbium, cerium, lanthanum).
--
-- listed_by reflects the two lists: 'US' = USGS 2022 list only, 'KR' = Korean 2023 list only,
-- 'BOTH' = on both lists. Rare earth elements (lanthanides, scandium, yttrium) use the
-- RARE_EARTH_ prefix.
-- hs_codes are HS 2022 six-digit subheadings for the ore/concentrate and/or the primary
-- (unwrought or basic compound) form; several are shared with other materials (for example 2805.30,
-- 2846.90 for all rare earths, 8112.92 for gallium, germanium and indium, 2615.90 for niobium,
-- tantalum and vanadium ores). They are an aid for reviewers, not a tariff classification.

insert into critical_material (code, name_en, name_ko, hs_codes, listed_by) values
    ('ALUMINUM', 'Aluminum', '알루미늄', '2606.00, 2818.20, 7601.10', 'BOTH'),
    ('ANTIMONY', 'Antimony', '안티모니', '2617.10, 8110.10', 'BOTH'),
    ('ARSENIC', 'Arsenic', '비소', '2804.80', 'US'),
    ('BARITE', 'Barite', '중정석', '2511.10', 'US'),
    ('BERYLLIUM', 'Beryllium', '베릴륨', '8112.12', 'US'),
    ('BISMUTH', 'Bismuth', '비스무트', '8106.10, 8106.90', 'BOTH'),
    ('CESIUM', 'Cesium', '세슘', '2805.19', 'US'),
    ('CHROMIUM', 'Chromium', '크롬', '2610.00, 7202.41, 8112.21', 'BOTH'),
    ('COBALT', 'Cobalt', '코발트', '2605.00, 8105.20', 'BOTH'),
    ('COPPER', 'Copper', '구리', '2603.00, 7403.11', 'KR'),
    ('FLUORSPAR', 'Fluorspar', '형석', '2529.21, 2529.22', 'US'),
    ('GALLIUM', 'Gallium', '갈륨', '8112.92', 'BOTH'),
    ('GERMANIUM', 'Germanium', '게르마늄', '2825.60, 8112.92', 'US'),
    ('GRAPHITE', 'Graphite', '흑연', '2504.10, 2504.90', 'BOTH'),
    ('HAFNIUM', 'Hafnium', '하프늄', '8112.31', 'US'),
    ('INDIUM', 'Indium', '인듐', '8112.92', 'BOTH'),
    ('IRIDIUM', 'Iridium', '이리듐', '7110.41', 'US'),
    ('LEAD', 'Lead', '납', '2607.00, 7801.10', 'KR'),
    ('LITHIUM', 'Lithium', '리튬', '2825.20, 2836.91', 'BOTH'),
    ('MAGNESIUM', 'Magnesium', '마그네슘', '2519.10, 8104.11, 8104.19', 'BOTH'),
    ('MANGANESE', 'Manganese', '망간', '2602.00, 8111.00', 'BOTH'),
    ('MOLYBDENUM', 'Molybdenum', '몰리브덴', '2613.10, 2613.90, 8102.94', 'KR'),
    ('NICKEL', 'Nickel', '니켈', '2604.00, 7502.10', 'BOTH'),
    ('NIOBIUM', 'Niobium', '니오븀', '2615.90, 7202.93', 'BOTH'),
    ('PALLADIUM', 'Palladium', '팔라듐', '7110.21', 'BOTH'),
    ('PLATINUM', 'Platinum', '백금', '7110.11', 'BOTH'),
    ('RARE_EARTH_CERIUM', 'Cerium', '세륨', '2805.30, 2846.10', 'BOTH'),
    ('RARE_EARTH_DYSPROSIUM', 'Dysprosium', '디스프로슘', '2805.30, 2846.90', 'BOTH'),
    ('RARE_EARTH_ERBIUM', 'Erbium', '어븀', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_EUROPIUM', 'Europium', '유로퓸', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_GADOLINIUM', 'Gadolinium', '가돌리늄', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_HOLMIUM', 'Holmium', '홀뮴', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_LANTHANUM', 'Lanthanum', '란탄', '2805.30, 2846.90', 'BOTH'),
    ('RARE_EARTH_LUTETIUM', 'Lutetium', '루테튬', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_NEODYMIUM', 'Neodymium', '네오디뮴', '2805.30, 2846.90', 'BOTH'),
    ('RARE_EARTH_PRASEODYMIUM', 'Praseodymium', '프라세오디뮴', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_SAMARIUM', 'Samarium', '사마륨', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_SCANDIUM', 'Scandium', '스칸듐', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_TERBIUM', 'Terbium', '터븀', '2805.30, 2846.90', 'BOTH'),
    ('RARE_EARTH_THULIUM', 'Thulium', '툴륨', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_YTTERBIUM', 'Ytterbium', '이터븀', '2805.30, 2846.90', 'US'),
    ('RARE_EARTH_YTTRIUM', 'Yttrium', '이트륨', '2805.30, 2846.90', 'US'),
    ('RHODIUM', 'Rhodium', '로듐', '7110.31', 'US'),
    ('RUBIDIUM', 'Rubidium', '루비듐', '2805.19', 'US'),
    ('RUTHENIUM', 'Ruthenium', '루테늄', '7110.41', 'US'),
    ('SELENIUM', 'Selenium', '셀레늄', '2804.90', 'KR'),
    ('SILICON', 'Silicon', '실리콘', '2804.61, 2804.69', 'KR'),
    ('STRONTIUM', 'Strontium', '스트론튬', '2836.92', 'KR'),
    ('TANTALUM', 'Tantalum', '탄탈럼', '2615.90, 8103.20', 'BOTH'),
    ('TELLURIUM', 'Tellurium', '텔루륨', '2804.50', 'US'),
    ('TIN', 'Tin', '주석', '2609.00, 8001.10', 'BOTH'),
    ('TITANIUM', 'Titanium', '티타늄', '2614.00, 8108.20', 'BOTH'),
    ('TUNGSTEN', 'Tungsten', '텅스텐', '2611.00, 8101.94', 'BOTH'),
    ('VANADIUM', 'Vanadium', '바나듐', '2615.90, 2825.30, 7202.92', 'BOTH'),
    ('ZINC', 'Zinc', '아연', '2608.00, 7901.11, 7901.12', 'BOTH'),
    ('ZIRCONIUM', 'Zirconium', '지르코늄', '2615.10, 8109.21, 8109.29', 'BOTH');

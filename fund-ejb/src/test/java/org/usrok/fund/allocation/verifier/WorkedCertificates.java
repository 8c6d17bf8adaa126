package org.usrok.fund.allocation.verifier;

/**
 * Certificates of the worked examples of docs/allocation.md, written by hand from the rules (every
 * quota, residue and digest computed with exact fractions and SHA-256 outside Java), never by the
 * allocator. Example 12 is PER_COUNTRY (the example does not name the mode); company ids are those
 * the examples name, or 101, 102, 103 where they say "three companies".
 */
final class WorkedCertificates {

    private WorkedCertificates() {
    }

    /** Example 2: largest remainder and the tie-break (the smaller company id gets the cent). */
    static final String EXAMPLE_2 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=-
            rate=-
            us-pool=USD 100.00
            kr-pool=KRW 0
            claims=3
            claim=1|101|US|USD 100.00
            claim=2|102|US|USD 100.00
            claim=3|103|US|USD 100.00
            [outputs]
            inputs-digest=cdfac183088a2868373aabaf8b2d56a93033925e008d78591f1e264fcccaee77
            pool=US|USD 100.00|USD 100.00|USD 0.00|cap -|floor USD 0.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|101|US|USD 100.00|USD 33.34|USD 33.34|10000/3|1|-|-
            share=2|102|US|USD 100.00|USD 33.33|USD 33.33|10000/3|0|-|-
            share=3|103|US|USD 100.00|USD 33.33|USD 33.33|10000/3|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 100.00 = sum of 3 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 100.00 and KRW 0 out of USD 100.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 3: a capped company (proportional), λ = 3/4. */
    static final String EXAMPLE_3 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=USD 3000.00
            cap-percent-of-pool=-
            floor=-
            pool-currency=-
            rate=-
            us-pool=USD 6000.00
            kr-pool=KRW 0
            claims=4
            claim=1|101|US|USD 4000.00
            claim=2|101|US|USD 2000.00
            claim=3|102|US|USD 3000.00
            claim=4|103|US|USD 1000.00
            [outputs]
            inputs-digest=1f63b42efc368da40267b321092cb845bddb4dfc2b71be9cb5d61faf8871c3a5
            pool=US|USD 6000.00|USD 6000.00|USD 0.00|cap USD 3000.00|floor USD 0.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|101|US|USD 4000.00|USD 2000.00|USD 2000.00|200000/1|0|capped|-
            share=2|101|US|USD 2000.00|USD 1000.00|USD 1000.00|100000/1|0|capped|-
            share=3|102|US|USD 3000.00|USD 2250.00|USD 2250.00|225000/1|0|-|-
            share=4|103|US|USD 1000.00|USD 750.00|USD 750.00|75000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 6000.00 = sum of 4 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company above USD 3000.00
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 6000.00 and KRW 0 out of USD 6000.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 4: a capped company (even per claim), μ = 1,250 and 2,500, case 1. */
    static final String EXAMPLE_4 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=EVEN
            even-basis=CLAIM
            company-cap=USD 2500.00
            cap-percent-of-pool=-
            floor=-
            pool-currency=-
            rate=-
            us-pool=USD 6000.00
            kr-pool=KRW 0
            claims=4
            claim=1|101|US|USD 4000.00
            claim=2|101|US|USD 2000.00
            claim=3|102|US|USD 3000.00
            claim=4|103|US|USD 1000.00
            [outputs]
            inputs-digest=4755e44466731d6b920cbd30de65be83750a29c757c0a4bd627d7ff67b556b74
            pool=US|USD 6000.00|USD 6000.00|USD 0.00|cap USD 2500.00|floor USD 0.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|101|US|USD 4000.00|USD 1250.00|USD 1250.00|125000/1|0|capped|-
            share=2|101|US|USD 2000.00|USD 1250.00|USD 1250.00|125000/1|0|capped|-
            share=3|102|US|USD 3000.00|USD 2500.00|USD 2500.00|250000/1|0|capped|-
            share=4|103|US|USD 1000.00|USD 1000.00|USD 1000.00|100000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 6000.00 = sum of 4 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company above USD 2500.00
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 6000.00 and KRW 0 out of USD 6000.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 6: PER_COUNTRY, λ = 1/2 in US, 2/3 in KR (the won goes to the remainder 2/3). */
    static final String EXAMPLE_6 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=-
            rate=-
            us-pool=USD 1000.00
            kr-pool=KRW 2000000
            claims=4
            claim=1|101|US|USD 1500.00
            claim=2|102|US|USD 500.00
            claim=3|201|KR|KRW 2000000
            claim=4|202|KR|KRW 1000000
            [outputs]
            inputs-digest=1b05248476e71181fbc860885ec459d750ded6faf2f034a6c837bf9ff31b4986
            pool=US|USD 1000.00|USD 1000.00|USD 0.00|cap -|floor USD 0.00
            pool=KR|KRW 2000000|KRW 2000000|KRW 0|cap -|floor KRW 0
            share=1|101|US|USD 1500.00|USD 750.00|USD 750.00|75000/1|0|-|-
            share=2|102|US|USD 500.00|USD 250.00|USD 250.00|25000/1|0|-|-
            share=3|201|KR|KRW 2000000|KRW 1333333|KRW 1333333|4000000/3|0|-|-
            share=4|202|KR|KRW 1000000|KRW 666667|KRW 666667|2000000/3|1|-|-
            [checks]
            check=exact-sum|US|distributed USD 1000.00 = sum of 2 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 2000000 = sum of 2 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 1000.00 and KRW 2000000 out of USD 1000.00 and KRW 2000000, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 7: POOLED in USD, the example certificate of "The certificate". */
    static final String EXAMPLE_7 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=POOLED
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=USD
            rate=USD/KRW|1385.20|exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            us-pool=USD 1000.00
            kr-pool=KRW 2000000
            claims=4
            claim=1|101|US|USD 1500.00
            claim=2|102|US|USD 500.00
            claim=3|201|KR|KRW 2000000
            claim=4|202|KR|KRW 1000000
            [outputs]
            inputs-digest=c70db43b1a9b6e5926871080fec7775451cf0faa8744a420c99935f1efa02690
            pool=POOLED|USD 2443.83|USD 2443.83|USD 0.00|cap -|floor USD 0.00
            conversion=pool KR|KRW 2000000|USD 1443.83|residue 1671/3463 USD minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            conversion=shares paid in KRW|-|-|residue 39/250 KRW minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            share=1|101|US|USD 1500.00|USD 879.97|USD 879.97|2036525000/23143|0|-|-
            share=2|102|US|USD 500.00|USD 293.33|USD 293.33|2036525000/69429|1|-|-
            share=3|201|KR|KRW 2000000|USD 847.02|KRW 1173292|11761583563/138858|0|-|-
            share=4|202|KR|KRW 1000000|USD 423.51|KRW 586646|5880751051/138858|1|-|-
            [checks]
            check=exact-sum|POOLED|distributed USD 2443.83 = sum of 4 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|POOLED|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|POOLED|no company cap
            check=floor|POOLED|no floor
            check=quota|POOLED|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 1173.30 and KRW 1759938 out of USD 1000.00 and KRW 2000000, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 8: CONTRIBUTION_SHARE, USD 443.84 move from US to KR. */
    static final String EXAMPLE_8 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=CONTRIBUTION_SHARE
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=USD
            rate=USD/KRW|1385.20|exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            us-pool=USD 1000.00
            kr-pool=KRW 1385200
            claims=2
            claim=1|101|US|USD 400.00
            claim=2|201|KR|KRW 2000000
            [outputs]
            inputs-digest=98e6e724c34c41a786e48452db2cb5a19106e50f573ccd8388af97de6902c1bb
            pool=US|USD 556.16|USD 400.00|USD 156.16|cap -|floor USD 0.00
            pool=KR|KRW 2000007|KRW 2000000|KRW 7|cap -|floor KRW 0
            conversion=surplus US to KR|USD 443.84|KRW 614807|residue 21/125 KRW minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            share=1|101|US|USD 400.00|USD 400.00|USD 400.00|40000/1|0|-|-
            share=2|201|KR|KRW 2000000|KRW 2000000|KRW 2000000|2000000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 400.00 = sum of 1 pool shares; leftover USD 156.16 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 2000000 = sum of 1 pool shares; leftover KRW 7 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 400.00 and KRW 2000000 out of USD 1000.00 and KRW 1385200, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 10: POOLED in USD, empty pools, three KRW 13 claims each paid KRW 0. */
    static final String EXAMPLE_10 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=POOLED
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=USD
            rate=USD/KRW|1385.20|exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            us-pool=USD 0.00
            kr-pool=KRW 0
            claims=3
            claim=1|201|KR|KRW 13
            claim=2|202|KR|KRW 13
            claim=3|203|KR|KRW 13
            [outputs]
            inputs-digest=0065de8f4ac4cce701dc8f4c7ebeb12eea336fd5ce13ad9963ff34eb68cb2b25
            pool=POOLED|USD 0.00|USD 0.00|USD 0.00|cap -|floor USD 0.00
            conversion=pool KR|KRW 0|USD 0.00|residue 0/1 USD minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            conversion=shares paid in KRW|-|-|residue 0/1 KRW minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            share=1|201|KR|KRW 13|USD 0.00|KRW 0|0/1|0|-|-
            share=2|202|KR|KRW 13|USD 0.00|KRW 0|0/1|0|-|-
            share=3|203|KR|KRW 13|USD 0.00|KRW 0|0/1|0|-|-
            [checks]
            check=exact-sum|POOLED|distributed USD 0.00 = sum of 3 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|POOLED|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|POOLED|no company cap
            check=floor|POOLED|no floor
            check=quota|POOLED|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 0.00 and KRW 0 out of USD 0.00 and KRW 0, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 12: EVEN / CLAIM, a floor under a company cap; claims 6-10 left out by the cap. */
    static final String EXAMPLE_12 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=EVEN
            even-basis=CLAIM
            company-cap=USD 100.00
            cap-percent-of-pool=-
            floor=USD 20.00
            pool-currency=-
            rate=-
            us-pool=USD 1000.00
            kr-pool=KRW 0
            claims=12
            claim=1|1|US|USD 50.00
            claim=2|1|US|USD 50.00
            claim=3|1|US|USD 50.00
            claim=4|1|US|USD 50.00
            claim=5|1|US|USD 50.00
            claim=6|1|US|USD 50.00
            claim=7|1|US|USD 50.00
            claim=8|1|US|USD 50.00
            claim=9|1|US|USD 50.00
            claim=10|1|US|USD 50.00
            claim=11|2|US|USD 30.00
            claim=12|3|US|USD 30.00
            [outputs]
            inputs-digest=2ad955de83821ef1fe285b8add560d04ae1263135c050cce5729f9fbf536bbd4
            pool=US|USD 1000.00|USD 160.00|USD 840.00|cap USD 100.00|floor USD 20.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|1|US|USD 50.00|USD 20.00|USD 20.00|2000/1|0|capped|-
            share=2|1|US|USD 50.00|USD 20.00|USD 20.00|2000/1|0|capped|-
            share=3|1|US|USD 50.00|USD 20.00|USD 20.00|2000/1|0|capped|-
            share=4|1|US|USD 50.00|USD 20.00|USD 20.00|2000/1|0|capped|-
            share=5|1|US|USD 50.00|USD 20.00|USD 20.00|2000/1|0|capped|-
            share=6|1|US|USD 50.00|USD 0.00|USD 0.00|0/1|0|capped|below-floor
            share=7|1|US|USD 50.00|USD 0.00|USD 0.00|0/1|0|capped|below-floor
            share=8|1|US|USD 50.00|USD 0.00|USD 0.00|0/1|0|capped|below-floor
            share=9|1|US|USD 50.00|USD 0.00|USD 0.00|0/1|0|capped|below-floor
            share=10|1|US|USD 50.00|USD 0.00|USD 0.00|0/1|0|capped|below-floor
            share=11|2|US|USD 30.00|USD 30.00|USD 30.00|3000/1|0|-|-
            share=12|3|US|USD 30.00|USD 30.00|USD 30.00|3000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 160.00 = sum of 12 pool shares; leftover USD 840.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company above USD 100.00
            check=floor|US|every claim gets 0, its whole limit or at least USD 20.00; none is left out while the leftover and its company's room under the cap could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 160.00 and KRW 0 out of USD 1000.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 15, first round: USD 30.00 and 35.00, case 1. */
    static final String EXAMPLE_15_FIT = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=USD 40.00
            pool-currency=-
            rate=-
            us-pool=USD 65.00
            kr-pool=KRW 0
            claims=2
            claim=1|1|US|USD 30.00
            claim=2|2|US|USD 35.00
            [outputs]
            inputs-digest=fd6de6fceb59280959006cd464a435d8171925e9662bd23d5a915097be7d2ede
            pool=US|USD 65.00|USD 65.00|USD 0.00|cap -|floor USD 40.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|1|US|USD 30.00|USD 30.00|USD 30.00|3000/1|0|-|-
            share=2|2|US|USD 35.00|USD 35.00|USD 35.00|3500/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 65.00 = sum of 2 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|every company gets 0, its whole limit or at least USD 40.00; none is left out while the leftover could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 65.00 and KRW 0 out of USD 65.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 15, second round: USD 30.00 and 36.00, case 3, the second dropped. */
    static final String EXAMPLE_15_DROPPED = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=USD 40.00
            pool-currency=-
            rate=-
            us-pool=USD 65.00
            kr-pool=KRW 0
            claims=2
            claim=1|1|US|USD 30.00
            claim=2|2|US|USD 36.00
            [outputs]
            inputs-digest=a2dec95aef3290c6138e729d92f741ddefcab6b1fe3c33fb20354e50254da89f
            pool=US|USD 65.00|USD 30.00|USD 35.00|cap -|floor USD 40.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|1|US|USD 30.00|USD 30.00|USD 30.00|3000/1|0|-|-
            share=2|2|US|USD 36.00|USD 0.00|USD 0.00|0/1|0|-|below-floor
            [checks]
            check=exact-sum|US|distributed USD 30.00 = sum of 2 pool shares; leftover USD 35.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|every company gets 0, its whole limit or at least USD 40.00; none is left out while the leftover could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 30.00 and KRW 0 out of USD 65.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 5: a floor lifts a small share, λ = 19/40. */
    static final String EXAMPLE_5 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=USD 50.00
            pool-currency=-
            rate=-
            us-pool=USD 1000.00
            kr-pool=KRW 0
            claims=3
            claim=1|101|US|USD 1000.00
            claim=2|102|US|USD 1000.00
            claim=3|103|US|USD 100.00
            [outputs]
            inputs-digest=2e648ca7b7507d07ced548c9186f9a6972cea2e55a097e9230e0913c3ddc7c50
            pool=US|USD 1000.00|USD 1000.00|USD 0.00|cap -|floor USD 50.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|101|US|USD 1000.00|USD 475.00|USD 475.00|47500/1|0|-|-
            share=2|102|US|USD 1000.00|USD 475.00|USD 475.00|47500/1|0|-|-
            share=3|103|US|USD 100.00|USD 50.00|USD 50.00|5000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 1000.00 = sum of 3 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|every company gets 0, its whole limit or at least USD 50.00; none is left out while the leftover could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 1000.00 and KRW 0 out of USD 1000.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 13, pool USD 199.99: case 2 with a floor, λ = 15999/20000; the cent to the smaller company id. */
    static final String EXAMPLE_13 = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=USD 40.00
            pool-currency=-
            rate=-
            us-pool=USD 199.99
            kr-pool=KRW 0
            claims=3
            claim=1|1|US|USD 100.00
            claim=2|2|US|USD 100.00
            claim=3|3|US|USD 50.00
            [outputs]
            inputs-digest=e243ee8f6bf2892b26636db88bc23caff93cfae85f44dda6ad8a55e61520e731
            pool=US|USD 199.99|USD 199.99|USD 0.00|cap -|floor USD 40.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|1|US|USD 100.00|USD 80.00|USD 80.00|15999/2|1|-|-
            share=2|2|US|USD 100.00|USD 79.99|USD 79.99|15999/2|0|-|-
            share=3|3|US|USD 50.00|USD 40.00|USD 40.00|4000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 199.99 = sum of 3 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|every company gets 0, its whole limit or at least USD 40.00; none is left out while the leftover could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 199.99 and KRW 0 out of USD 199.99 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 14, USD 8.35: POOLED in KRW, paid back USD 8.34. */
    static final String EXAMPLE_14_SAME = """
            fund-allocation-certificate-v2
            [inputs]
            mode=POOLED
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=KRW
            rate=USD/KRW|1385.20|exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            us-pool=USD 8.35
            kr-pool=KRW 0
            claims=1
            claim=1|101|US|USD 8.35
            [outputs]
            inputs-digest=bafc7b125897381d61e0b8ff6aa67701aa8d7d7b35fb70484b13575858dc80c8
            pool=POOLED|KRW 11566|KRW 11566|KRW 0|cap -|floor KRW 0
            conversion=pool US|USD 8.35|KRW 11566|residue 21/50 KRW minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            conversion=shares paid in USD|-|-|residue 3358/3463 USD minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            share=1|101|US|USD 8.35|KRW 11566|USD 8.34|11566/1|0|-|-
            [checks]
            check=exact-sum|POOLED|distributed KRW 11566 = sum of 1 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|POOLED|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|POOLED|no company cap
            check=floor|POOLED|no floor
            check=quota|POOLED|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 8.34 and KRW 0 out of USD 8.35 and KRW 0, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Example 14, raised to USD 14.33 (KRW 19,849 in the pool): case 2, still USD 8.34. */
    static final String EXAMPLE_14_RAISED = """
            fund-allocation-certificate-v2
            [inputs]
            mode=POOLED
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=KRW
            rate=USD/KRW|1385.20|exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            us-pool=USD 8.35
            kr-pool=KRW 0
            claims=1
            claim=1|101|US|USD 14.33
            [outputs]
            inputs-digest=014101c48f1f931e6cfbef0e7fff775cdfadf5214c843f91ca8e71137149e3cb
            pool=POOLED|KRW 11566|KRW 11566|KRW 0|cap -|floor KRW 0
            conversion=pool US|USD 8.35|KRW 11566|residue 21/50 KRW minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            conversion=shares paid in USD|-|-|residue 3358/3463 USD minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            share=1|101|US|USD 14.33|KRW 11566|USD 8.34|11566/1|0|-|-
            [checks]
            check=exact-sum|POOLED|distributed KRW 11566 = sum of 1 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|POOLED|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|POOLED|no company cap
            check=floor|POOLED|no floor
            check=quota|POOLED|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 8.34 and KRW 0 out of USD 8.35 and KRW 0, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Not in the doc: EVEN / CLAIM, cap USD 100.00, floor USD 45.00, pool USD 140.00; company 1 has
     * claims of 80.00 and 60.00 (μ = 50.00), company 2 one of 90.00. Case 2 with λ = 14000/3 cents
     * below μ: every quota 14000/3; R9 gives company 2 the cent (remainder 2/3 against 1/3), and
     * within company 1 the tie goes to claim 1. */
    static final String EVEN_CLAIM_LEVEL_UNDER_MU = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=EVEN
            even-basis=CLAIM
            company-cap=USD 100.00
            cap-percent-of-pool=-
            floor=USD 45.00
            pool-currency=-
            rate=-
            us-pool=USD 140.00
            kr-pool=KRW 0
            claims=3
            claim=1|1|US|USD 80.00
            claim=2|1|US|USD 60.00
            claim=3|2|US|USD 90.00
            [outputs]
            inputs-digest=3c3aacec8a8af9a26d1120c84d3192654746522c1bd8fdbbbc1f9319618fd042
            pool=US|USD 140.00|USD 140.00|USD 0.00|cap USD 100.00|floor USD 45.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|1|US|USD 80.00|USD 46.67|USD 46.67|14000/3|1|-|-
            share=2|1|US|USD 60.00|USD 46.66|USD 46.66|14000/3|0|-|-
            share=3|2|US|USD 90.00|USD 46.67|USD 46.67|14000/3|1|-|-
            [checks]
            check=exact-sum|US|distributed USD 140.00 = sum of 3 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company above USD 100.00
            check=floor|US|every claim gets 0, its whole limit or at least USD 45.00; none is left out while the leftover and its company's room under the cap could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 140.00 and KRW 0 out of USD 140.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Not in the doc: the same with pool USD 180.00: λ = 8000 cents is above μ = 5000, so company 1
     * gets its cap (both claims capped) and claim 3 gets 80.00. */
    static final String EVEN_CLAIM_LEVEL_ABOVE_MU = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=EVEN
            even-basis=CLAIM
            company-cap=USD 100.00
            cap-percent-of-pool=-
            floor=USD 45.00
            pool-currency=-
            rate=-
            us-pool=USD 180.00
            kr-pool=KRW 0
            claims=3
            claim=1|1|US|USD 80.00
            claim=2|1|US|USD 60.00
            claim=3|2|US|USD 90.00
            [outputs]
            inputs-digest=65332a292f8f2093305e04b05418b28c3b58b5f9e5f3b94a90dca7c526c04f83
            pool=US|USD 180.00|USD 180.00|USD 0.00|cap USD 100.00|floor USD 45.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|1|US|USD 80.00|USD 50.00|USD 50.00|5000/1|0|capped|-
            share=2|1|US|USD 60.00|USD 50.00|USD 50.00|5000/1|0|capped|-
            share=3|2|US|USD 90.00|USD 80.00|USD 80.00|8000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 180.00 = sum of 3 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company above USD 100.00
            check=floor|US|every claim gets 0, its whole limit or at least USD 45.00; none is left out while the leftover and its company's room under the cap could pay its floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 180.00 and KRW 0 out of USD 180.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Not in the doc: example 3's claims EVEN / COMPANY, cap USD 3000.00: λ = 2500.00 for each company
     * (103 held at 1000.00); company 101's 2500.00 split 2 : 1, the cent to the larger remainder. */
    static final String EVEN_COMPANY = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=EVEN
            even-basis=COMPANY
            company-cap=USD 3000.00
            cap-percent-of-pool=-
            floor=-
            pool-currency=-
            rate=-
            us-pool=USD 6000.00
            kr-pool=KRW 0
            claims=4
            claim=1|101|US|USD 4000.00
            claim=2|101|US|USD 2000.00
            claim=3|102|US|USD 3000.00
            claim=4|103|US|USD 1000.00
            [outputs]
            inputs-digest=c3d290caff77a7cdcf62eeed24189c7a00987fcd0e953e346e3e28c0db6aa395
            pool=US|USD 6000.00|USD 6000.00|USD 0.00|cap USD 3000.00|floor USD 0.00
            pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0
            share=1|101|US|USD 4000.00|USD 1666.67|USD 1666.67|500000/3|1|-|-
            share=2|101|US|USD 2000.00|USD 833.33|USD 833.33|250000/3|0|-|-
            share=3|102|US|USD 3000.00|USD 2500.00|USD 2500.00|250000/1|0|-|-
            share=4|103|US|USD 1000.00|USD 1000.00|USD 1000.00|100000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 6000.00 = sum of 4 pool shares; leftover USD 0.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company above USD 3000.00
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 6000.00 and KRW 0 out of USD 6000.00 and KRW 0, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Not in the doc: example 8 with a rate quoted the other way, KRW/USD 0.00072: the lack of
     * KRW 614,800 is USD 442.656 → 442.66 (UP), received 44,266 ÷ 0.072 = 614,805 5/9 → KRW 614,805. */
    static final String KRW_USD_RATE = """
            fund-allocation-certificate-v2
            [inputs]
            mode=CONTRIBUTION_SHARE
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=USD
            rate=KRW/USD|0.00072|test-rate KRW/USD 0.00072
            us-pool=USD 1000.00
            kr-pool=KRW 1385200
            claims=2
            claim=1|101|US|USD 400.00
            claim=2|201|KR|KRW 2000000
            [outputs]
            inputs-digest=42c78755b8d97a358b0409829ac6af0dd2f0b0170be581598a9ef5d7bf4e2a63
            pool=US|USD 557.34|USD 400.00|USD 157.34|cap -|floor USD 0.00
            pool=KR|KRW 2000005|KRW 2000000|KRW 5|cap -|floor KRW 0
            conversion=surplus US to KR|USD 442.66|KRW 614805|residue 5/9 KRW minor units|rate test-rate KRW/USD 0.00072
            share=1|101|US|USD 400.00|USD 400.00|USD 400.00|40000/1|0|-|-
            share=2|201|KR|KRW 2000000|KRW 2000000|KRW 2000000|2000000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 400.00 = sum of 1 pool shares; leftover USD 157.34 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 2000000 = sum of 1 pool shares; leftover KRW 5 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 400.00 and KRW 2000000 out of USD 1000.00 and KRW 1385200, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Not in the doc: CONTRIBUTION_SHARE with Korean claims only: the U.S. side needs nothing (R4: no
     * claims, no cap, floor 0), the lack of KRW 100,000 is USD 72.1917… → 72.20 (UP), received
     * 7,220 × 13.852 = 100,011.44 → KRW 100,011. */
    static final String CONTRIBUTION_ONE_SIDE = """
            fund-allocation-certificate-v2
            [inputs]
            mode=CONTRIBUTION_SHARE
            method=PROPORTIONAL
            even-basis=-
            company-cap=-
            cap-percent-of-pool=-
            floor=-
            pool-currency=USD
            rate=USD/KRW|1385.20|exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            us-pool=USD 100.00
            kr-pool=KRW 0
            claims=1
            claim=1|201|KR|KRW 100000
            [outputs]
            inputs-digest=d23c7375f9f700b6537f4d40fa3cfa9f07f3f86b6f767012806585abb376a640
            pool=US|USD 27.80|USD 0.00|USD 27.80|cap -|floor USD 0.00
            pool=KR|KRW 100011|KRW 100000|KRW 11|cap -|floor KRW 0
            conversion=surplus US to KR|USD 72.20|KRW 100011|residue 11/25 KRW minor units|rate exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20
            share=1|201|KR|KRW 100000|KRW 100000|KRW 100000|100000/1|0|-|-
            [checks]
            check=exact-sum|US|distributed USD 0.00 = sum of 0 pool shares; leftover USD 27.80 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 100000 = sum of 1 pool shares; leftover KRW 11 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 0.00 and KRW 100000 out of USD 100.00 and KRW 0, with one conversion at the rate rounded down
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;

    /** Not in the doc: a round without claims; the cap in KRW, its percent and the floor in USD need no
     * rate, as the pools have no claims (R4). */
    static final String NO_CLAIMS = """
            fund-allocation-certificate-v2
            [inputs]
            mode=PER_COUNTRY
            method=EVEN
            even-basis=COMPANY
            company-cap=KRW 5000
            cap-percent-of-pool=12.5
            floor=USD 1.00
            pool-currency=-
            rate=-
            us-pool=USD 10.00
            kr-pool=KRW 5000
            claims=0
            [outputs]
            inputs-digest=9bdc2e915b63e908f365f82a554a9ba1a5abf9fc69ccab1bd311ff49facf8e93
            pool=US|USD 10.00|USD 0.00|USD 10.00|cap -|floor USD 0.00
            pool=KR|KRW 5000|KRW 0|KRW 5000|cap -|floor KRW 0
            [checks]
            check=exact-sum|US|distributed USD 0.00 = sum of 0 pool shares; leftover USD 10.00 = pool - distributed >= 0
            check=bounds|US|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|US|no company cap
            check=floor|US|no floor
            check=quota|US|every pool share is floor(quota) or floor(quota) + 1
            check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 5000 = pool - distributed >= 0
            check=bounds|KR|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved
            check=cap|KR|no company cap
            check=floor|KR|no floor
            check=quota|KR|every pool share is floor(quota) or floor(quota) + 1
            check=payable|all|paid USD 0.00 and KRW 0 out of USD 10.00 and KRW 5000, each currency from its own pool
            check=order|all|shares ordered by claim id; result independent of input order
            [end]
            """;
}

package org.usrok.fund.company;

/** The industry a company works in, for reporting on where the fund's money goes. */
public enum IndustrySector {
    BATTERIES,
    SEMICONDUCTORS,
    AUTOMOTIVE,
    ELECTRONICS,
    CHEMICALS,
    MINING_AND_PROCESSING,
    ENERGY,
    PHARMACEUTICALS,
    AEROSPACE_AND_DEFENSE,
    SHIPBUILDING,
    OTHER
}

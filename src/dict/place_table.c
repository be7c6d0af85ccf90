/* place_table.c - tocsin's own places: the regions, seas and disputed lands
 * that news names and no gazetteer holds, the everyday names of countries
 * that ISO spells otherwise, and old or other spellings of cities in
 * libgeonames. Written for tocsin; centres are approximate (a degree or so). */
#include "place_table.h"

#include <stddef.h>

/* name variants separated by '|'; iso3 "" for places across borders */
const ts_own_region ts_own_regions[] = {
    {"donbas", "Donbas|Donbass|the Donbas", "UKR", "", 48.3, 38.3},
    {"crimea", "Crimea|Crimean Peninsula|Crimean peninsula", "UKR", "UA-43", 45.3, 34.3},
    {"westbank", "West Bank|the occupied West Bank", "PSE", "", 31.9, 35.25},
    {"gazastrip", "Gaza Strip|Gaza strip", "PSE", "", 31.42, 34.37},
    {"sahel", "Sahel|the Sahel", "", "", 15.0, 2.0},
    {"kurdistan", "Kurdistan|Iraqi Kurdistan|Kurdistan Region|Kurdistan region", "IRQ", "", 36.3, 44.0},
    {"darfur", "Darfur|North Darfur|South Darfur|West Darfur", "SDN", "", 13.5, 24.5},
    {"kordofan", "Kordofan|South Kordofan|North Kordofan", "SDN", "", 12.5, 29.8},
    {"tigray", "Tigray|Tigray region", "ETH", "", 14.0, 38.8},
    {"amhara", "Amhara region", "ETH", "", 11.6, 38.0},
    {"redsea", "Red Sea|the Red Sea", "", "", 20.0, 38.5},
    {"blacksea", "Black Sea|the Black Sea", "", "", 43.4, 34.0},
    {"azov", "Sea of Azov|Azov Sea", "", "", 46.1, 36.6},
    {"balticsea", "Baltic Sea|the Baltic", "", "", 57.5, 19.5},
    {"medsea", "Mediterranean|Mediterranean Sea", "", "", 35.0, 18.0},
    {"southchinasea", "South China Sea", "", "", 12.0, 114.0},
    {"eastchinasea", "East China Sea", "", "", 29.0, 125.0},
    {"taiwanstrait", "Taiwan Strait|Taiwan Straits", "", "", 24.4, 119.5},
    {"hormuz", "Strait of Hormuz", "", "", 26.6, 56.4},
    {"babelmandeb", "Bab el-Mandeb|Bab al-Mandab", "", "", 12.6, 43.4},
    {"gulfofaden", "Gulf of Aden", "", "", 12.5, 48.0},
    {"persiangulf", "Persian Gulf|Arabian Gulf", "", "", 26.5, 52.0},
    {"golan", "Golan Heights|the Golan", "SYR", "", 33.0, 35.8},
    {"sinai", "Sinai|Sinai Peninsula|Sinai peninsula", "EGY", "", 29.5, 33.8},
    {"kashmir", "Kashmir", "", "", 34.1, 75.5},
    {"karabakh", "Nagorno-Karabakh|Karabakh", "AZE", "", 39.9, 46.7},
    {"transnistria", "Transnistria|Transdniestria", "MDA", "", 47.2, 29.4},
    {"abkhazia", "Abkhazia", "GEO", "", 43.0, 41.0},
    {"southossetia", "South Ossetia", "GEO", "", 42.3, 44.0},
    {"hornofafrica", "Horn of Africa", "", "", 8.0, 45.0},
    {"lakechad", "Lake Chad", "", "", 13.0, 14.0},
    {"dmz", "Demilitarized Zone|Demilitarised Zone|the DMZ", "", "", 38.0, 127.0},
    {"koreanpeninsula", "Korean Peninsula|Korean peninsula", "", "", 38.0, 127.5},
    {"balkans", "Balkans|the Balkans", "", "", 43.0, 20.0},
    {"caucasus", "Caucasus|North Caucasus", "", "", 43.0, 44.0},
    {"deirezzor", "Deir ez-Zor|Deir al-Zor|Deir el-Zour|Deir Ezzor", "SYR", "", 35.34, 40.14},
    {"rakhine", "Rakhine", "MMR", "", 20.1, 93.5},
    {"kivu", "Kivu", "COD", "", -1.9, 28.9},
    {"ituri", "Ituri", "COD", "", 1.6, 29.4},
    {"cabodelgado", "Cabo Delgado", "MOZ", "", -12.3, 39.6},
    /* ISO spells these "Bahr al Ghazal"; without them "Western" alone was Sri Lanka's province */
    {"bahrelghazal", "Bahr el Ghazal|Western Bahr el Ghazal|Northern Bahr el Ghazal", "SSD", "", 8.5, 27.0},
    {"balochistan", "Balochistan|Baluchistan", "PAK", "", 28.5, 65.5},
    {"xinjiang", "Xinjiang", "CHN", "", 41.5, 85.5},
    {"westernsahara", "Western Sahara", "ESH", "", 24.5, -13.0},
    {"lesbos", "Lesbos|Lesvos", "GRC", "", 39.2, 26.3},
    {"fareast", "Russian Far East|Far East", "RUS", "", 55.0, 135.0},
    /* continents and world regions: across borders, never a town of the
       same name ("in Asia" is not Asia in the Philippines' Western Visayas) */
    {"asia", "Asia", "", "", 34.0, 100.0},
    {"europe", "Europe", "", "", 50.0, 15.0},
    {"africa", "Africa", "", "", 2.0, 20.0},
    {"latinamerica", "Latin America", "", "", -10.0, -65.0},
    {"southamerica", "South America", "", "", -15.0, -60.0},
    {"northamerica", "North America", "", "", 45.0, -100.0},
    {"middleeast", "Middle East|the Middle East|Mideast", "", "", 29.0, 42.0},
    {"centralasia", "Central Asia", "", "", 43.0, 65.0},
    {"southeastasia", "Southeast Asia|South-East Asia", "", "", 10.0, 106.0},
    {"southasia", "South Asia", "", "", 22.0, 79.0},
    {"eastasia", "East Asia", "", "", 35.0, 120.0},
    {"westafrica", "West Africa", "", "", 12.0, -5.0},
    {"eastafrica", "East Africa", "", "", 0.0, 37.0},
    {"easterneurope", "Eastern Europe", "", "", 50.0, 28.0},
    {"arctic", "Arctic|the Arctic", "", "", 75.0, 0.0},
    {NULL, NULL, NULL, NULL, 0, 0},
};

/* everyday names of countries (ISO3) */
const ts_alias ts_country_aliases[] = {
    {"Russia", "RUS"}, {"United States", "USA"}, {"US", "USA"}, {"U.S.", "USA"}, {"USA", "USA"},
    {"America", "USA"}, {"United States of America", "USA"}, {"United Kingdom", "GBR"}, {"Britain", "GBR"}, {"UK", "GBR"},
    {"U.K.", "GBR"}, {"Great Britain", "GBR"}, {"Iran", "IRN"}, {"Syria", "SYR"},
    {"North Korea", "PRK"}, {"South Korea", "KOR"}, {"Vietnam", "VNM"}, {"Laos", "LAO"},
    {"Taiwan", "TWN"}, {"Palestine", "PSE"}, {"DR Congo", "COD"}, {"DRC", "COD"},
    {"Democratic Republic of Congo", "COD"}, {"Democratic Republic of the Congo", "COD"},
    {"Republic of Congo", "COG"}, {"Congo-Brazzaville", "COG"}, {"Ivory Coast", "CIV"},
    {"Turkey", "TUR"}, {"Czech Republic", "CZE"}, {"Czechia", "CZE"}, {"Holland", "NLD"},
    {"the Netherlands", "NLD"}, {"Burma", "MMR"}, {"Macedonia", "MKD"}, {"Cape Verde", "CPV"},
    {"Swaziland", "SWZ"}, {"East Timor", "TLS"}, {"Vatican", "VAT"}, {"Moldova", "MDA"},
    {"Bolivia", "BOL"}, {"Venezuela", "VEN"}, {"Tanzania", "TZA"}, {"Brunei", "BRN"},
    {"the Philippines", "PHL"}, {"the Gambia", "GMB"}, {"Gambia", "GMB"}, {"the UAE", "ARE"},
    {"UAE", "ARE"}, {"Emirates", "ARE"}, {"Micronesia", "FSM"}, {"Kyrgyzstan", "KGZ"},
    {NULL, NULL},
};

/* other spellings of libgeonames cities: alias, the name there, its ISO2 */
const ts_city_alias ts_city_aliases[] = {
    {"Kiev", "Kyiv", "UA"}, {"Odesa", "Odessa", "UA"}, {"Mykolaiv", "Mykolayiv", "UA"},
    {"Nikolaev", "Mykolayiv", "UA"}, {"Zaporizhzhia", "Zaporizhzhya", "UA"},
    {"Zaporizhia", "Zaporizhzhya", "UA"}, {"Zaporozhye", "Zaporizhzhya", "UA"},
    {"Kharkov", "Kharkiv", "UA"}, {"Dnipropetrovsk", "Dnipro", "UA"}, {"Lugansk", "Luhansk", "UA"},
    {"Artemivsk", "Bakhmut", "UA"}, {"Slavyansk", "Sloviansk", "UA"}, {"Kupyansk", "Kupiansk", "UA"},
    {"Washington", "Washington D.C.", "US"}, {"Washington, D.C.", "Washington D.C.", "US"},
    {"Washington DC", "Washington D.C.", "US"}, {"Gaza City", "Gaza", "PS"},
    {"Sana'a", "Sanaa", "YE"}, {"Sana’a", "Sanaa", "YE"}, {"New York City", "New York", "US"},
    {"Santiago", "Santiago de los Caballeros", "DO"}, {"Rangoon", "Yangon", "MM"},
    {"Bombay", "Mumbai", "IN"}, {"Calcutta", "Kolkata", "IN"}, {"Kyiv City", "Kyiv", "UA"},
    {"El Fasher", "Al-Fashir", "SD"}, {"Al Fasher", "Al-Fashir", "SD"}, {"Cali", "Santiago de Cali", "CO"},
    {"Hodeidah", "Al Hudaydah", "YE"}, {"Hudaydah", "Al Hudaydah", "YE"}, {"St Petersburg", "Saint Petersburg", "RU"},
    {"St. Petersburg", "Saint Petersburg", "RU"}, {"Aden", "Aden", "YE"},
    {NULL, NULL, NULL},
};

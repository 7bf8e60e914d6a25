using System;
using System.Collections.Generic;
using System.Globalization;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>
/// What makes a number an amount of money in any language: currency symbols (Unicode category Sc), ISO 4217 codes,
/// local currency words and the multipliers written between a number and its currency ("3万円", "1,5 juta", "5 triệu đồng").
/// </summary>
internal static class CurrencyLexicon
{
    private static HashSet<string> Set(string words, StringComparer comparer) => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), comparer);

    /// <summary>Any currency sign: $ € £ ¥ ₫ ₩ ₹ ₽ ₺ ₴ ₸ ₱ ฿ ¢ ￥ ＄...</summary>
    internal static bool IsCurrencySymbol(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;

    /// <summary>
    /// Active ISO 4217 codes, trusted only in upper case next to a number ("1,500,000 VND", "IDR 50.000"). Codes that
    /// are also common upper-case English words (ALL, TOP, CUP, MOP) are left out.
    /// </summary>
    internal static readonly HashSet<string> IsoCodes = Set(@"
AED AFN AMD ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC
CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR
MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD
SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
RMB NTD
", StringComparer.Ordinal);

    /// <summary>Currency words written after the amount, any case ("40 eur", "20.000đ", "50元", "15,000원", "5 triệu đồng").</summary>
    internal static readonly HashSet<string> WordsAfter = Set(@"
usd eur gbp rub chf jpy cad aud brl mxn pln sek nok dkk czk huf inr cny uah kzt try ars clp cop vnd idr krw thb php myr sgd hkd twd
dollar dollars euro euros pound pounds pence cent cents quid
dollaro dollari sterline centesimi reais real centavos céntimos centimes pesos rupees yen kr zł
руб рубль рубля рублей коп копеек долларов евро
franken dólar dólares libras libra livres
đ đồng vnđ vnd nghìn-đồng dong
rupiah rp ringgit baht won yuan renminbi rmb rupee ringgits tl lira
元 块 圆 圓 円 원 角 毛
人民币 美元 欧元 日元 英镑 港币 港元 台币 新台币 韩元 越南盾 泰铢
ドル ユーロ 달러 유로 엔
", StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency words and signs written before the amount ("Rp 25.000", "RM 12", "Rs. 500", "S$ 8").</summary>
    internal static readonly HashSet<string> WordsBefore = Set("rp rs rm tk php us hk nt s r a c nz", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before the amount that need no symbol but must be followed directly by the number ("Rp25.000", "RM12").</summary>
    internal static bool IsPrefixWord(string lower) => lower == "rp" || lower == "rs" || lower == "rm";

    /// <summary>Number words between an amount and its currency: "3万円", "1,5 juta", "2.5 million dollars", "5 triệu đồng" (or "5 trieu dong": Vietnamese is often typed without its diacritics).</summary>
    internal static readonly HashSet<string> Multipliers = Set(@"
k thousand million millions billion billions mn bn m
mil millones millón milliards milliard millions mio mrd mln tsd tausend milionen miliardi milioni milhões milhão bilhões
тыс млн млрд тысяч миллионов
triệu nghìn ngàn tỷ tỉ trieu nghin ngan ty
ribu rb juta jt miliar
万 千 百万 千万 亿 億 萬 만 천 억
lakh crore
", StringComparer.OrdinalIgnoreCase);
}

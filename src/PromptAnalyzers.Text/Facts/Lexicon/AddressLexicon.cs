using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>Words that make a number part of a postal address, in any of the supported languages and scripts.</summary>
internal static class AddressLexicon
{
    private static HashSet<string> Set(string words) => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Street words: a number next to one of these makes an address ("14 Mill Street", "Via Roma 12", "12 rue de la Paix").</summary>
    internal static readonly HashSet<string> StreetWords = Set(@"
street st road rd avenue ave av lane ln boulevard blvd drive dr way place pl square sq court ct terrace parkway highway hwy yard unit suite floor
straße strasse str weg platz gasse allee ring damm ufer chaussee
straat laan plein gracht kade singel dijk
calle c/ avenida avda plaza paseo carrera camino
rue bd allée chemin quai
via viale piazza corso largo vicolo
rua praça travessa alameda
ул улица улице пр проспект пер переулок шоссе наб набережная площадь бульвар д
đường phố ngõ hẻm
jl jalan jln gang gg
");

    /// <summary>Endings of compound street names ("Hauptstraße", "Keizersgracht", "Kungsgatan").</summary>
    internal static readonly string[] StreetSuffixes =
    {
        "straße", "strasse", "str", "weg", "platz", "gasse", "allee", "damm", "ufer", "chaussee",
        "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "gade", "vej", "gatan", "vägen", "veien", "gata", "katu", "tie",
    };

    /// <summary>Words between a street name and its number ("Jl. Sudirman No. 5", "đường Lê Lợi số 12").</summary>
    internal static readonly HashSet<string> NumberWords = Set("no nr nº número numero số nomor");

    /// <summary>Marks after a house or block number in Han, kana and Hangul ("88号", "3番地", "2丁目", "110번지").</summary>
    internal static readonly HashSet<string> CjkNumberMarks = Set("号 號 番地 番 丁目 번지 번길 호");

    /// <summary>Administrative and road words of Han, kana and Hangul addresses ("朝阳区", "渋谷区", "建国路", "세종대로", "중구").</summary>
    internal static readonly HashSet<string> CjkPlaceMarks = Set("省 市 县 縣 区 區 镇 鎮 村 路 街 道 大道 巷 弄 都 府 県 町 丁目 시 구 군 동 읍 면 로 길 대로");

    /// <summary>Vietnamese district words followed by a number or name ("Quận 1", "Phường 5").</summary>
    internal static readonly HashSet<string> DistrictWords = Set("quận phường huyện kecamatan kelurahan kec kel");
}

using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>Words that turn a number into a value of the world: currencies, time and measure units, days, months (en, ru, de, es, fr, it, pt, vi, id, zh, ja, ko).</summary>
/// <remarks>Words of scripts without spaces (Han, kana, Hangul) are matched over their one-character tokens with <see cref="Recognizers.Tokenizer.MatchWord"/>.</remarks>
internal static class ValueLexicon
{
    private static HashSet<string> Set(string words) => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Names followed by a version or a setting, not by a price ("Python 3.12", "temperature 1.25", "v2.10").</summary>
    internal static readonly HashSet<string> VersionedNames = Set(@"
version versions v ver release python node nodejs java go golang ruby php perl rust swift kotlin dart scala net dotnet c ios android windows macos ubuntu debian
api sdk rc beta alpha chapter section rule step level page score scores rating ratings stars temperature top_p weight weights threshold confidence ratio factor
latitude longitude lat lon lng gpa grade
");

    /// <summary>Words after a bare price that still price an item ("4.50 each", "12.95 small").</summary>
    internal static readonly HashSet<string> PriceSizes = Set("each per ea small medium large regular s m l xl");

    /// <summary>Words that price an item at nothing ("Basic (free)", "Trẻ em dưới 6 tuổi: miễn phí"), written in lower case.</summary>
    internal static readonly string[] FreeWords =
    {
        "free", "gratis", "kostenlos", "gratuit", "gratuite", "gratuito", "gratuita", "grátis", "бесплатно", "безкоштовно", "miễn phí", "mien phi", "ücretsiz", "darmowe", "darmowy", "bezpłatnie",
        "免费", "免費", "無料", "무료",
    };

    /// <summary>
    /// Numbers written as words, for durations ("valid for one year", "innerhalb von zwei Wochen", "en quince días"). Words
    /// that are also articles ("a", "un", "ein") are left out: "within a day" states no figure.
    /// </summary>
    internal static readonly HashSet<string> NumberWords = Set(@"
one two three four five six seven eight nine ten eleven twelve fourteen fifteen twenty thirty forty sixty ninety
zwei drei vier fünf sechs sieben acht neun zehn zwölf vierzehn fünfzehn zwanzig dreißig neunzig
dos tres cuatro cinco seis siete ocho nueve diez doce quince veinte treinta sesenta noventa
deux trois quatre cinq six sept huit neuf dix douze quinze vingt trente soixante quatre-vingt-dix
due tre quattro cinque sei sette otto nove dieci dodici quindici venti trenta sessanta novanta
dois duas três quatro cinco seis sete oito nove dez doze quinze vinte trinta sessenta noventa
два две три четыре пять шесть семь десять четырнадцать пятнадцать двадцать тридцать шестьдесят девяносто
hai ba bốn năm sáu bảy mười
dua tiga empat lima enam tujuh sepuluh");

    /// <summary>Time units: a number with one is a duration.</summary>
    internal static readonly HashSet<string> TimeUnits = Set(@"
second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks month months year years yr yrs night nights weekday weekdays
sekunde sekunden minute minuten stunde stunden std tag tage tagen werktag werktage werktagen woche wochen monat monate monaten jahr jahre jahren nacht nächte
segundo segundos minuto minutos hora horas día días dias dia semana semanas mes meses año años ano anos noche noches
seconde secondes heure heures jour jours semaine semaines mois an ans année années nuit nuits
secondo secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni notte notti
mês meses noite noites
секунд секунды секунду минут минуты минуту час часа часов день дня дней неделя недели недель неделю месяц месяца месяцев год года лет ночь ночи ночей сутки суток
giây phút giờ tiếng ngày tuần tháng năm đêm
giay phut gio tieng ngay tuan thang nam dem
detik menit jam hari minggu pekan bulan tahun malam
saniye dakika saat gün hafta ay yıl gece
秒 秒钟 分 分钟 分鐘 小时 小時 钟头 天 日 晚 夜 周 週 星期 个月 個月 月 年 工作日 个小时 個小時 个钟头 个星期 個星期 个礼拜 个工作日 個工作日
秒間 分間 時間 日間 週間 ヶ月 か月 カ月 ケ月 箇月 年間 泊 営業日
초 분 시간 일 주 주일 개월 달 년 박 영업일
");

    /// <summary>Words after an hour number that make it a time of day ("6 pm", "18 Uhr", "9h30", "9時", "9点", "9시", "9 giờ").</summary>
    internal static readonly HashSet<string> ClockWords = Set("am pm a.m p.m uhr h hrs ч hs o'clock 時 时 點 点 시 giờ gio");

    /// <summary>Words before an hour number that make it a time of day ("pukul 9", "lúc 9", "午後3時", "오후 3시").</summary>
    internal static readonly HashSet<string> ClockWordsBefore = Set("pukul jam lúc luc 午前 午後 上午 下午 中午 晚上 早上 凌晨 夜 朝 오전 오후 새벽 저녁 아침");

    /// <summary>Minute words after the minutes of a time ("9時30分", "9시 30분", "9 giờ 30 phút").</summary>
    internal static readonly HashSet<string> MinuteWords = Set("分 분 phút phut min");

    /// <summary>Time zone abbreviations after a time.</summary>
    internal static readonly HashSet<string> TimeZones = Set("utc gmt cet cest est edt pst pdt cst cdt mst mdt bst ist msk мск wib wita wit jst kst hkt sgt ict aest aedt");

    /// <summary>Words between the ends of a range ("9-17", "Monday to Friday", "9時から18時", "周一至周五", "8 giờ đến 17 giờ").</summary>
    internal static readonly HashSet<string> RangeConnectors = Set("to until till bis a à al ao до по and und y et e и ~ から 至 到 ～ 〜 부터 đến tới den toi sampai hingga s/d");

    /// <summary>Units of measure and capacity (quantities and specifications).</summary>
    internal static readonly HashSet<string> MeasureUnits = Set(@"
kg g gr mg lb lbs oz t cm mm m km mi miles mile ft feet inch inches in² m² m2 m3 m³ ml l ltr litre litres liter liters cl dl
gb mb tb kb pb gib mib tib kbps mbps gbps ghz mhz khz hz kw kwh mwh w wh v mah kva va ah nm dpi mp ppi fps rpm psi bar °c °f
kilo kilos gramm gramos grammes grammi gramas metros mètres metri metri km/h mph kph л мл кг г см мм м км гб мб тб квт квт·ч
seats seat users user licences licenses licence license devices device requests req sessions seats/month miles points-per
sitzplätze nutzer benutzer geräte usuarios dispositivos utilisateurs appareils utenti dispositivi usuários
пользователей пользователя устройств мест
公斤 千克 克 公里 米 厘米 毫米 升 毫升 平方米 平米 ㎡ 斤 吨 瓦 千瓦 キロ グラム メートル センチ リットル ミリ 킬로그램 킬로 그램 미터 센티미터 리터 톤 평
");

    internal static readonly HashSet<string> Weekdays = Set(@"
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends weekend
montag dienstag mittwoch donnerstag freitag samstag sonntag montags dienstags mittwochs donnerstags freitags samstags sonntags werktags wochentags wochenende feiertags feiertagen
lunes martes miércoles jueves viernes sábado sábados domingo domingos festivos
lundi mardi mercredi jeudi vendredi samedi dimanche lundis samedis dimanches
lunedì martedì mercoledì giovedì venerdì sabato domenica festivi
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo feriados
понедельник вторник четверг пятница суббота воскресенье понедельникам вторникам средам четвергам пятницам субботам воскресеньям выходных будням будни выходные
senin selasa rabu kamis jumat jum'at sabtu
星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 周日 週一 週二 週三 週四 週五 週六 週日 礼拜一 礼拜天 礼拜日 工作日 周末 週末 节假日 法定节假日
月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 月曜 火曜 水曜 木曜 金曜 土曜 日曜 平日 土日 土日祝 祝日 祝祭日
월요일 화요일 수요일 목요일 금요일 토요일 일요일 평일 주말 공휴일
");

    /// <summary>Weekday words that are also ordinary words ("Minggu" is Sunday, "minggu" a week): trusted only when capitalised.</summary>
    internal static readonly HashSet<string> CapitalOnlyWeekdays = Set("minggu");

    /// <summary>Vietnamese weekdays: "thứ" and an ordinal ("thứ hai", "thứ 2"); "chủ nhật" is Sunday.</summary>
    internal static readonly HashSet<string> VietnameseWeekdayOrdinals = Set("hai ba tư năm sáu bảy 2 3 4 5 6 7");

    /// <summary>Short weekday forms, only trusted when capitalised or in a range ("Mon–Fri", "Mo–Fr", "пн–пт").</summary>
    internal static readonly HashSet<string> WeekdayAbbreviations = Set("mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so lu ma mi ju vi sá do me je ve sa di seg ter qua qui sex sáb dom пн вт ср чт пт сб вс 月 火 水 木 金 土 日 월 화 수 목 금 토 일");

    internal static readonly HashSet<string> Months = Set(@"
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz april mai juni juli august september oktober november dezember
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря
januari februari maret april mei juni juli agustus september oktober november desember
");

    /// <summary>Date parts written after their number in Han, kana and Hangul ("2024年3月15日", "3월 15일", "每月5号").</summary>
    internal static readonly HashSet<string> YearMarks = Set("年 년");

    internal static readonly HashSet<string> MonthMarks = Set("月 월");

    internal static readonly HashSet<string> DayMarks = Set("日 일 号 號");

    /// <summary>Holidays and calendar anchors that make a schedule statement.</summary>
    internal static readonly HashSet<string> CalendarWords = Set("christmas easter holidays holiday weihnachten ostern navidad pascua noël pâques natale pasqua natal páscoa рождество праздники праздничные");

    /// <summary>Prepositions that make a duration a term of a policy ("within 30 days", "up to 24 hours before").</summary>
    internal static readonly HashSet<string> TermPrepositions = Set(@"
within after before prior advance notice least up until lasts last valid expire expires expired for during
innerhalb binnen nach vor bis spätestens mindestens frist gültig
dentro antes después hasta durante plazo válido válida
dans sous avant après jusqu pendant délai valable
entro prima dopo fino durante valido
dentro antes depois até durante prazo válido
в течение до после через за не позднее срок действует
trong vòng tối đa thiểu nhất trước sau hạn
dalam waktu maksimal minimal paling lambat sebelum setelah sesudah hingga sampai batas
");

    /// <summary>Words written right after a duration that make it a term ("7日以内", "24小时前", "30일 이내", "3 ngày trước").</summary>
    internal static readonly HashSet<string> TermsAfter = Set("以内 之内 内 內 前 之前 以前 まで 以上 までに 이내 내 전 까지 이상 trước sau sebelum setelah sesudah lagi");

    /// <summary>Words written right before a number that make it a limit or term ("最多3天", "至少24小时", "최대 3일").</summary>
    internal static readonly HashSet<string> TermsBefore = Set("最多 最少 至少 不超过 超过 最长 最短 最大 最小 最低 最高 提前 最大で 最短で 최대 최소 최장 적어도");

    /// <summary>Words before a year that make it a date of the world, not a version ("founded in 1998", "since 2011").</summary>
    internal static readonly HashSet<string> YearPrepositions = Set("in since from until till by of on seit im ab bis desde en hasta de depuis en jusqu dal nel fino desde em até с в до по году года sejak pada tahun năm từ vào 于 於");

    /// <summary>Words between the two numbers of a range or a size ("3 to 5", "2 x 23", "24 bis 48", "de 24 a 48"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> RangeMarks = ExactSet("x \u00D7 to bis a à до");

    /// <summary>Words between a day number and its month ("30 de abril", "3 di maggio"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> DayMonthLinks = ExactSet("de di");

    /// <summary>Suffixes glued to a day number that make it an ordinal ("5th", "1st", "10-го", "1er", "1º", "2e"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> OrdinalSuffixes = ExactSet("th st nd rd го er º e");

    /// <summary>Words after an ordinal day that open its period ("the 5th of each month", "10-го числа"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> OrdinalDayLinks = ExactSet("of числа");

    /// <summary>The Russian ordinal suffix and the word for "day of the month" after it ("10-го числа").</summary>
    internal const string RussianOrdinalSuffix = "го";

    internal const string RussianDayOfMonth = "числа";

    /// <summary>Nouns that end the period of an ordinal day ("the 5th of each month", "10-го числа месяца"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> MonthPeriodNouns = ExactSet("month months месяца");

    /// <summary>Words right before a number that make it a limit ("max 3", "over 18", "höchstens 2", "не более 5"), with <see cref="TermPrepositions"/>; matched exactly in lower case.</summary>
    internal static readonly HashSet<string> LimitWords = ExactSet("max maximum minimum min over under about only bis ab höchstens jusqu'à máximo mínimo massimo minimo не более от");

    /// <summary>Words right after a duration that make it a term ("24 hours before", "30 days notice", "14 Tage vor"), matched exactly in lower case; "in advance" is checked as a pair.</summary>
    internal static readonly HashSet<string> TermWordsAfter = ExactSet("before after notice ahead prior vor nach antes avant prima до после von of from at without kostenloses gratuito gratuit");

    /// <summary>Words that tie a duration to an event after it ("24 hours before departure", "30 Tage nach Erhalt"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> TermDirections = ExactSet("before after vor nach antes avant до после");

    /// <summary>Articles between a term direction and its event ("antes de la salida", "before the date"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> TermEventArticles = ExactSet("de del the");

    /// <summary>Tax marks right after a price ("120 € HT", "99 EUR netto", "£10 VAT"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> TaxMarks = ExactSet("ht ttc net netto brutto vat");

    /// <summary>Words between a value and what it is counted by ("per user", "pro Monat", "por noche", "par mois", "в месяц"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> PerWords = ExactSet("per pro por par al au a an в за le la each every");

    /// <summary>A second "per" after the first period ("per user per month", "pro Person pro Nacht"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> SecondPerWords = ExactSet("per pro");

    /// <summary>Periods that may follow "per user" without a second "per" ("per user month"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> BillingPeriods = ExactSet("month year mes mois monat месяц год");

    /// <summary>Words after a percentage that make it a rate or a discount ("4.9% APR", "20% off", "5% скидка"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> RateSuffixes = ExactSet("aer apr ear apy tae tin taeg годовых p.a annual annually off cashback discount rabatt descuento remise sconto desconto скидка");

    /// <summary>Words that count only working or calendar days ("2 business days", "30 días hábiles"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> BusinessDayWords = ExactSet("business working calendar laborables hábiles ouvrés ouvrables lavorativi úteis рабочих календарных");

    /// <summary>Nouns after "24-hour" that make it a clock format, not a duration ("24-hour format", "12-hour times"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> ClockFormatNouns = ExactSet("format formato clock times notation style format. формат формате");

    /// <summary>Words before a number that make it a position, a version or a rank, not a count ("step 3", "top 10", "Python 3"), matched exactly in lower case.</summary>
    internal static readonly HashSet<string> OrdinalContextWords = ExactSet("top first last step level version chapter section page rule v the priority severity review item option python c net");

    private static HashSet<string> ExactSet(string words) => new HashSet<string>(words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}

using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>Words that turn a number into a value of the world: currencies, time and measure units, days, months (en, ru, de, es, fr, it, pt).</summary>
internal static class ValueLexicon
{
    private static HashSet<string> Set(string words) => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    internal static bool IsCurrencySymbol(char c) => c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u20BD' || c == '\u00A5' || c == '\u20B9' || c == '\u20A9' || c == '\u20BA' || c == '\u20B4' || c == '\u20B8';

    internal static readonly HashSet<string> CurrencyWords = Set(@"
usd eur gbp rub chf jpy cad aud brl mxn pln sek nok dkk czk huf inr cny uah kzt try ars clp cop
dollar dollars euro euros pound pounds pence cent cents quid
dollaro dollari sterline centesimi reais real centavos céntimos centimes pesos rupees yen kr zł
руб рубль рубля рублей коп копеек долларов евро
franken dólar dólares libras libra livres
");

    /// <summary>Time units: a number with one is a duration.</summary>
    internal static readonly HashSet<string> TimeUnits = Set(@"
second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks month months year years yr yrs night nights weekday weekdays
sekunde sekunden minute minuten stunde stunden std tag tage tagen werktag werktage werktagen woche wochen monat monate monaten jahr jahre jahren nacht nächte
segundo segundos minuto minutos hora horas día días dias dia semana semanas mes meses año años ano anos noche noches
seconde secondes heure heures jour jours semaine semaines mois an ans année années nuit nuits
secondo secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni notte notti
mês meses noite noites
секунд секунды секунду минут минуты минуту час часа часов день дня дней неделя недели недель неделю месяц месяца месяцев год года лет ночь ночи ночей сутки суток
");

    /// <summary>Units of measure and capacity (quantities and specifications).</summary>
    internal static readonly HashSet<string> MeasureUnits = Set(@"
kg g gr mg lb lbs oz t cm mm m km mi miles mile ft feet inch inches in² m² m2 m3 m³ ml l ltr litre litres liter liters cl dl
gb mb tb kb pb gib mib tib kbps mbps gbps ghz mhz khz hz kw kwh mwh w wh v mah kva va ah nm dpi mp ppi fps rpm psi bar °c °f
kilo kilos gramm gramos grammes grammi gramas metros mètres metri metri km/h mph kph л мл кг г см мм м км гб мб тб квт квт·ч
seats seat users user licences licenses licence license devices device requests req sessions seats/month miles points-per
sitzplätze nutzer benutzer geräte usuarios dispositivos utilisateurs appareils utenti dispositivi usuários
пользователей пользователя устройств мест
");

    internal static readonly HashSet<string> Weekdays = Set(@"
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends weekend
montag dienstag mittwoch donnerstag freitag samstag sonntag montags dienstags mittwochs donnerstags freitags samstags sonntags werktags wochentags wochenende feiertags feiertagen
lunes martes miércoles jueves viernes sábado sábados domingo domingos festivos
lundi mardi mercredi jeudi vendredi samedi dimanche lundis samedis dimanches
lunedì martedì mercoledì giovedì venerdì sabato domenica festivi
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo feriados
понедельник вторник четверг пятница суббота воскресенье понедельникам вторникам средам четвергам пятницам субботам воскресеньям выходных будням будни выходные
");

    /// <summary>Short weekday forms, only trusted when capitalised or in a range ("Mon–Fri", "Mo–Fr", "пн–пт").</summary>
    internal static readonly HashSet<string> WeekdayAbbreviations = Set("mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so lu ma mi ju vi sá do me je ve sa di seg ter qua qui sex sáb dom пн вт ср чт пт сб вс");

    internal static readonly HashSet<string> Months = Set(@"
january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz april mai juni juli august september oktober november dezember
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря
");

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
");

    /// <summary>Words before a year that make it a date of the world, not a version ("founded in 1998", "since 2011").</summary>
    internal static readonly HashSet<string> YearPrepositions = Set("in since from until till by of on seit im ab bis desde en hasta de depuis en jusqu dal nel fino desde em até с в до по году года");
}

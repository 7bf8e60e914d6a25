namespace PromptAnalyzers.Text.Security;

/// <summary>The check digits of card numbers, IBANs and national IDs: what tells a real number from a made-up one.</summary>
internal static class IdChecksums
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Luhn (payment cards).</summary>
    public static bool Luhn(string digits)
    {
        int sum = 0;
        bool doubled = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>ISO 13616: the IBAN with its first four characters moved to the end, letters as 10..35, is 1 modulo 97.</summary>
    public static bool IbanMod97(string iban)
    {
        int remainder = 0;
        for (int k = 0; k < iban.Length; k++)
        {
            char c = iban[(k + 4) % iban.Length];
            if (c >= '0' && c <= '9')
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>German Steuerliche Identifikationsnummer: ISO 7064 MOD 11,10 check digit, one digit repeated in the first ten.</summary>
    public static bool GermanTaxId(string digits)
    {
        if (digits.Length != 11 || digits[0] == '0')
        {
            return false;
        }

        var counts = new int[10];
        for (int i = 0; i < 10; i++)
        {
            counts[digits[i] - '0']++;
        }

        int repeated = 0;
        foreach (int count in counts)
        {
            if (count > 3)
            {
                return false;
            }

            repeated += count >= 2 ? 1 : 0;
        }

        if (repeated != 1)
        {
            return false;
        }

        int product = 10;
        for (int i = 0; i < 10; i++)
        {
            int sum = (digits[i] - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = (sum * 2) % 11;
        }

        int check = 11 - product;
        return (check == 10 ? 0 : check) == digits[10] - '0';
    }

    /// <summary>French NIR (numéro de sécurité sociale): 13 characters (Corsica 2A/2B as 19/18) and a key of 97 minus the number modulo 97.</summary>
    public static bool FrenchNir(string nir)
    {
        if (nir.Length != 15)
        {
            return false;
        }

        string number = nir.Substring(0, 13).Replace("2A", "19").Replace("2B", "18");
        long remainder = 0;
        foreach (char c in number)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        int key = ((nir[13] - '0') * 10) + (nir[14] - '0');
        return key == 97 - remainder;
    }

    /// <summary>Spanish DNI (8 digits) or NIE (X, Y or Z and 7 digits): the letter is the number modulo 23 in a fixed table.</summary>
    public static bool SpanishId(string id)
    {
        if (id.Length != 9)
        {
            return false;
        }

        char first = id[0];
        string digits = first == 'X' ? "0" + id.Substring(1, 7) : first == 'Y' ? "1" + id.Substring(1, 7) : first == 'Z' ? "2" + id.Substring(1, 7) : id.Substring(0, 8);
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number))
        {
            return false;
        }

        return DniLetters[(int)(number % 23)] == id[8];
    }

    /// <summary>Italian codice fiscale: the 16th letter from the odd/even-position values of the first 15 characters.</summary>
    public static bool ItalianFiscalCode(string code)
    {
        if (code.Length != 16)
        {
            return false;
        }

        int[] odd = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 };
        int sum = 0;
        for (int i = 0; i < 15; i++)
        {
            char c = code[i];
            int index = c >= '0' && c <= '9' ? c - '0' : c - 'A';
            if (index < 0 || index > 25)
            {
                return false;
            }

            sum += i % 2 == 0 ? odd[index] : index;
        }

        return code[15] == (char)('A' + (sum % 26));
    }

    /// <summary>Brazilian CPF: two mod-11 check digits; a number of one repeated digit is invalid.</summary>
    public static bool BrazilianCpf(string digits)
    {
        if (digits.Length != 11 || new string(digits[0], 11) == digits)
        {
            return false;
        }

        return CpfDigit(digits, 9) == digits[9] - '0' && CpfDigit(digits, 10) == digits[10] - '0';
    }

    private static int CpfDigit(string digits, int count)
    {
        int sum = 0;
        for (int i = 0; i < count; i++)
        {
            sum += (digits[i] - '0') * (count + 1 - i);
        }

        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}

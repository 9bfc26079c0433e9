#include "extract/powers_of_attorney.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace edgard::extract {
namespace {

// Every snippet is the plain text edgard makes of a public EDGAR filing
// (legacy text keeps its columns; HTML cells are separated by " | ");
// "\xE2\x80\x9C" and "\xE2\x80\x9D" are curly quotes.

// Seed 003: an officer's Section 16 power of attorney filed with HemaCare's
// Form 3 of 2003 (legacy text).
constexpr std::string_view kHemaCare =
    "POWER OF ATTORNEY\n"
    "\n"
    "          Know all by these presents, that the undersigned hereby\n"
    "constitutes  and  appoints each of Judi Irving,  Chief  Executive\n"
    "Officer,  David  Fractor,  Chief  Financial  Officer,  and  JoAnn\n"
    "Stover, Corporate Secretary, signing singly, as the undersigned's\n"
    "true and lawful attorney-in-fact to:\n"
    "\n"
    "     (a)  execute  for and on behalf of the undersigned,  in  the\n"
    "          undersigned's capacity as an officer and/or director of\n"
    "          HemaCare Corporation (the \"Company\"), Forms 3, 4 and  5\n"
    "          in  accordance  with Section 16(a)  of  the  Securities\n"
    "          Exchange Act of 1934 and the rules thereunder;\n"
    "\n"
    "     (b)  execute and submit for and on behalf of the undersigned\n"
    "          Form  ID  of the Securities and Exchange Commission  to\n"
    "          obtain  personal code numbers for the electronic filing\n"
    "          of reports;\n"
    "\n"
    "     (c)  execute  for and on behalf of the undersigned  Schedule\n"
    "          13D  or  Schedule  13G,  or any amendment  thereto,  in\n"
    "          accordance   with  Section  13(d)  of  the   Securities\n"
    "          Exchange Act of 1934 and the rules thereunder;\n"
    "\n"
    "     (d)  do  and  perform any and all acts for and on behalf  of\n"
    "          the  undersigned that may be necessary or desirable  to\n"
    "          complete and execute any such Form 3, 4 or 5, Form  ID,\n"
    "          or  Schedule  13D  or  13G, complete  and  execute  any\n"
    "          amendment  or  amendments thereto, and file  such  form\n"
    "          with   the   United  States  Securities  and   Exchange\n"
    "          Commission and any stock exchange or similar authority;\n"
    "          and\n"
    "\n"
    "     (e)  take  any  other  action  of  any  type  whatsoever  in\n"
    "          connection with the foregoing which, in the opinion  of\n"
    "          such  attorney-in-fact, may be of benefit  to,  in  the\n"
    "          interest  of,  or legally required by, the undersigned,\n"
    "          it being understood that the documents executed by such\n"
    "          attorney-in-fact on behalf of the undersigned  pursuant\n"
    "          to  this  Power of Attorney shall be in such  form  and\n"
    "          shall  contain  such  terms  and  conditions  as   such\n"
    "          attorney-in-fact may approve in such attorney-in-fact's\n"
    "          discretion.\n"
    "\n"
    "          The undersigned hereby grants to each such attorney-in-\n"
    "fact full power and authority to do and perform any and every act\n"
    "and  thing whatsoever requisite, necessary, or proper to be  done\n"
    "in  the  exercise of any of the rights and powers herein granted,\n"
    "as  fully to all intents and purposes as the undersigned might or\n"
    "could  do  if personally present, with full power of substitution\n"
    "or  revocation,  hereby ratifying and confirming  all  that  such\n"
    "attorney-in-fact,  or  such  attorney-in-fact's   substitute   or\n"
    "substitutes, shall lawfully do or cause to be done by  virtue  of\n"
    "this  Power of Attorney and the rights and powers herein granted.\n"
    "The  undersigned  acknowledges that the  foregoing  attorneys-in-\n"
    "fact,  in  serving  in  such  capacity  at  the  request  of  the\n"
    "undersigned,  are not assuming, nor is the Company assuming,  any\n"
    "of  the undersigned's responsibilities to comply with Section  16\n"
    "or Section 13(d) of the Securities Exchange Act of 1934.\n"
    "\n"
    "          This  Power of Attorney shall remain in full force  and\n"
    "effect until the undersigned is no longer required to file  Forms\n"
    "3,  4  and  5  or  Schedule  13D  or  13G  with  respect  to  the\n"
    "undersigned's  holdings of and transactions in securities  issued\n"
    "by  the Company, unless earlier revoked by the undersigned  in  a\n"
    "signed writing delivered to the foregoing attorneys-in-fact.\n"
    "\n"
    "          IN  WITNESS  WHEREOF, the undersigned has  caused  this\n"
    "Power of Attorney to be executed as of this 8th day of May, 2003.\n"
    "\n"
    "/s/ Andrew Heaton\n"
    "------------------------------------\n"
    "Signature\n"
    "\n"
    "\n"
    "Andrew Heaton\n"
    "------------------------------------\n"
    "Print Name\n"
    "\n";

// The Coca-Cola Company's 10-K for 1997 (0000021344-98-000004), EX-24.1:
// the first of its directors' powers of attorney (legacy text).
constexpr std::string_view kCocaCola =
    "\n"
    "                                            EXHIBIT 24.1\n"
    "\n"
    "                      POWER OF ATTORNEY\n"
    "\n"
    "\n"
    "     KNOW ALL BY THESE PRESENTS THAT I, M. DOUGLAS IVESTER,\n"
    "Chairman of the Board, Chief Executive Officer and a Director\n"
    "of The Coca-Cola Company (the \"Company\"), do hereby appoint\n"
    "JAMES E. CHESTNUT, Senior Vice President and Chief Financial\n"
    "Officer of the Company, JOSEPH R. GLADDEN, JR., Senior Vice\n"
    "President and General Counsel of the Company, SUSAN E. SHAW,\n"
    "Secretary of the Company, and CAROL C. HAYES, Assistant\n"
    "Secretary of the Company, or any one of them, my true and\n"
    "lawful attorneys-in-fact for me and in my name for the\n"
    "purpose of executing on my behalf in any and all capacities\n"
    "the Company's Annual Report for the year ended December 31,\n"
    "1997 on Form 10-K, or any amendment or supplement thereto,\n"
    "and causing such Annual Report or any such amendment or\n"
    "supplement to be filed with the Securities and Exchange\n"
    "Commission pursuant to the Securities Exchange Act of 1934,\n"
    "as amended.\n"
    "\n"
    "     IN WITNESS WHEREOF, I have hereunto set my hand this\n"
    "19th day of February 1998.\n"
    "\n"
    "\n"
    "                         /s/M. Douglas Ivester\n"
    "                            Chairman of the Board,\n"
    "                            Chief Executive Officer and Director\n"
    "                            The Coca-Cola Company\n"
    "\n"
    "                      POWER OF ATTORNEY\n"
    "\n"
    "\n";

// General Electric's 10-K for 1993 (0000040545-94-000003), EX-24: one
// power of attorney signed by every director (legacy text, two columns).
constexpr std::string_view kGeneralElectric =
    "\n"
    "\n"
    "                                                           Exhibit 24\n"
    "\n"
    "                            POWER OF ATTORNEY\n"
    "\n"
    "\n"
    "\n"
    "      KNOW ALL MEN BY THESE PRESENTS, that each of the undersigned,\n"
    "being a director, officer or other official of General Electric\n"
    "Company, a New York corporation (the \"Company\"), hereby constitutes\n"
    "and appoints John F. Welch, Jr., Benjamin W. Heineman, Jr., Dennis D.\n"
    "Dammerman, and Philip D. Ameen and each of them, his or her true and\n"
    "lawful attorney-in-fact and agent, with full power of substitution\n"
    "and resubstitution, for him or her and in his or her name, place and\n"
    "stead in any and all capacities, to sign one or more Annual Reports\n"
    "for the Company's fiscal year ended December 31, 1993, on Form 10-K\n"
    "under the Securities Exchange Act of 1934, as amended, or such other\n"
    "form as any such attorney-in-fact may deem necessary or desirable,\n"
    "any amendments thereto, and all additional amendments thereto, each\n"
    "in such form as they or any one of them may approve, and to file the\n"
    "same with all exhibits thereto and other documents in connection\n"
    "therewith with the Securities and Exchange Commission, granting unto\n"
    "said attorneys-in-fact and agents, and each of them, full power and\n"
    "authority to do and perform each and every act and thing requisite\n"
    "and necessary to be done so that such Annual Report shall comply with\n"
    "the Securities Exchange Act of 1934, as amended, and the applicable\n"
    "Rules and Regulations adopted or issued pursuant thereto, as fully\n"
    "and to all intents and purposes as he or she might or could do in\n"
    "person, hereby ratifying and confirming all that said attorneys-in-\n"
    "fact and agents, or any of them or their substitute or resubstitute,\n"
    "may lawfully do or cause to be done by virtue hereof.\n"
    "\n"
    "\n"
    "      IN WITNESS WHEREOF, each of the undersigned has hereunto set\n"
    "his or her hand this 11th day of March, 1994.\n"
    "\n"
    "\n"
    "\n"
    "John F. Welch, Jr.                        Dennis D. Dammerman\n"
    "- ------------------------                  ------------------------\n"
    "Chairman of the Board                     Senior Vice President -\n"
    "(Principal Executive                      Finance (Principal\n"
    "Officer and Director)                     Financial Officer)\n";

// A director's power of attorney for MongoDB, Inc., filed with a Form 5 of
// 2020 (0001441816-20-000060, HTML).
constexpr std::string_view kMongoDb =
    "POWER OF ATTORNEY\n"
    "\n"
    "(For Executing Form ID and Forms 3, 4 and 5)\n"
    "\n"
    "Know all by these presents, that the undersigned hereby constitutes and\n"
    "appoints each of Andrew Stephens and Sophie Hubscher of MongoDB, Inc. (the \"Company\")\n"
    "and Nicole Brookshire and Alison Haggerty of Cooley LLP with full power of\n"
    "substitution, signing individually, the undersigned's true and lawful attorneys\n"
    "-in fact and agents to:\n"
    "\n"
    "(1) Prepare, execute in the undersigned's name and on the\n"
    "undersigned's behalf, and submit to the Securities and Exchange Commission (the\n"
    "\"SEC\") Form ID and Forms 3, 4 and 5 (including amendments thereto and joint\n"
    "filing agreements in connection therewith) in accordance with Section 16(a) of\n"
    "the Securities Exchange Act of 1934, as amended (the \"Exchange Act\") and the\n"
    "rules thereunder in the undersigned's capacity as an officer, director or\n"
    "beneficial owner of more than 10% of a registered class of securities of the\n"
    "Company;\n"
    "\n"
    "(2) Do and perform any and all acts for and on behalf of the\n"
    "undersigned that may be necessary or desirable to prepare and execute any such\n"
    "Form ID and Forms 3, 4 or 5 (including amendments thereto and joint filing\n"
    "agreements in connection therewith) and timely file such forms with the SEC and\n"
    "any stock exchange, self-regulatory association or any similar authority; and\n"
    "\n"
    "(3) Take any other action of any type whatsoever in connection with\n"
    "the foregoing that, in the opinion of such attorney-in-fact, may be of benefit\n"
    "to, in the best interest of, or legally required of the undersigned, it being\n"
    "understood that the documents executed by the attorney-in-fact on behalf of the\n"
    "undersigned pursuant to this Power of Attorney shall be in such form and shall\n"
    "contain such terms and conditions as the attorney-in-fact may approve in the\n"
    "attorney-in-fact's discretion.\n"
    "\n"
    "The undersigned hereby grants to each such attorney in fact full power\n"
    "and authority to do and perform any and every act and thing whatsoever\n"
    "requisite, necessary, or proper to be done in the exercise of any of the rights\n"
    "and powers herein granted, as fully to all intents and purposes as the\n"
    "undersigned might or could do if personally present, with full power of\n"
    "substitution or revocation, hereby ratifying and confirming all that such\n"
    "attorney in fact, or such attorney in fact's substitute or substitutes, shall\n"
    "lawfully do or cause to be done by virtue of this power of attorney and the\n"
    "rights and powers herein granted. The undersigned acknowledges that the\n"
    "foregoing attorneys-in-fact, and their substitutes, in serving in such capacity\n"
    "at the request of the undersigned, are not assuming (nor is the Company\n"
    "assuming) any of the undersigned's responsibilities to comply with Section 16\n"
    "of the Exchange Act.\n"
    "\n"
    "This Power of Attorney shall remain in full force and effect until the\n"
    "earliest to occur of (a) the undersigned is no longer required to file Forms 3,\n"
    "4 and 5 with respect to the undersigned's holdings of and transactions in\n"
    "securities issued by the Company, (b) revocation by the undersigned in a signed\n"
    "writing delivered to the Company and the foregoing attorneys-in fact or (c) as\n"
    "to any attorney-in-fact individually, until such attorney-in-fact is no longer\n"
    "employed by the Company, or any of its subsidiaries, or Cooley LLP, as\n"
    "applicable.\n"
    "\n"
    "IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney\n"
    "to be executed as of the date written below.\n"
    "\n"
    "Date: February 27, 2020\n"
    "\n"
    "By: /s/Roelof Botha\n"
    "Roelof Botha\n"
    "\n"
    "\n";

// A power of attorney for Joby Aviation, Inc. naming its attorneys-in-fact
// on an annex (0000899243-21-032834, HTML).
constexpr std::string_view kJoby =
    "\n"
    "                               POWER OF ATTORNEY\n"
    "\n"
    "\n"
    "With respect to holdings of and transactions in securities issued by Joby\n"
    "Aviation, Inc. (the \"Company\"), the undersigned hereby constitutes and appoints\n"
    "the individuals named on Annex A attached hereto and as may be amended from time\n"
    "to time, or any of them signing singly, with full power of substitution and\n"
    "resubstitution, to act as the undersigned's true and lawful attorney-in-fact to:\n"
    "\n"
    "  1. prepare, execute in the undersigned's name and on the undersigned's behalf,\n"
    "     and submit to the United States Securities and Exchange Commission (the\n"
    "     \"SEC\") a Form ID, including amendments thereto, and any other documents\n"
    "     necessary or appropriate to obtain and/or regenerate codes and passwords\n"
    "     enabling the undersigned to make electronic filings with the SEC of reports\n"
    "     required by Section 16(a) of the Securities Exchange Act of 1934, as\n"
    "     amended, or any rule or regulation of the SEC;\n"
    "\n"
    "  2. execute for and on behalf of the undersigned, Forms 3, 4, and 5 in\n"
    "     accordance with Section 16 of the Securities Exchange Act of 1934, as\n"
    "     amended, and the rules thereunder;\n"
    "\n"
    "  3. do and perform any and all acts for and on behalf of the undersigned which\n"
    "     may be necessary or desirable to complete and execute any such Form 3, 4,\n"
    "     or 5, complete and execute any amendment or amendments thereto, and timely\n"
    "     file such form with the SEC and any stock exchange or similar authority;\n"
    "     and\n"
    "\n"
    "  4. take any other action of any type whatsoever in connection with the\n"
    "     foregoing which, in the opinion of such attorney-in-fact, may be of benefit\n"
    "     to, in the best interest of, or legally required by, the undersigned, it\n"
    "     being understood that the documents executed by such attorney-in-fact on\n"
    "     behalf of the undersigned pursuant to this Power of Attorney shall be in\n"
    "     such form and shall contain such terms and conditions as such attorney-in-\n"
    "     fact may approve in such attorney-in-facts discretion.\n"
    "\n"
    "The undersigned hereby grants to each such attorney-in-fact full power and\n"
    "authority to do and perform any and every act and thing whatsoever requisite,\n"
    "necessary, or proper to be done in the exercise of any of the rights and powers\n"
    "herein granted, as fully to all intents and purposes as the undersigned might or\n"
    "could do if personally present, with full power of substitution and\n"
    "resubstitution or revocation, hereby ratifying and confirming all that such\n"
    "attorney-in-fact, or such attorneys-in-fact substitute or substitutes, shall\n"
    "lawfully do or cause to be done by virtue of this Power of Attorney and the\n"
    "rights and powers herein granted.\n"
    "\n"
    "The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in\n"
    "such capacity at the request of the undersigned, are not assuming, nor is any\n"
    "Company assuming, any of the undersigned's responsibilities to comply with\n"
    "Section 16 of the Securities Exchange Act of 1934, as amended.\n"
    "\n"
    "This Power of Attorney shall remain in full force and effect until the\n"
    "undersigned is no longer required to file Forms 3, 4, and 5 with respect to the\n"
    "undersigned's holdings of and transactions in securities issued by the Company,\n"
    "unless earlier revoked by the undersigned in a signed writing delivered to the\n"
    "foregoing attorneys-in-fact.\n"
    "\n"
    "\n"
    "IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be\n"
    "executed as of this 10th   day of August, 2021.\n"
    "\n"
    "                                        By:  /s/ Reid Hoffman\n"
    "                                        -------------------------\n"
    "                                        Name:  Reid Hoffman\n"
    "                                        -------------------------\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "                                    Annex A\n"
    "\n"
    "Individuals Appointed as Attorney-in-Fact with Full Power of Substitution and\n"
    "Resubstitution\n"
    "\n"
    "1. Kate DeHoff\n"
    "2. Mustafa Rizvi\n"
    "\n"
    "\n"
    "\n"
    "\n";

// A director's letter to the SEC granting a power of attorney for Microsoft
// filings (0001062993-24-020387, plain text).
constexpr std::string_view kMicrosoft =
    "\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "September 16, 2024\n"
    "\n"
    "\n"
    "\n"
    "Securities and Exchange Commission\n"
    "100 F Street, N.E.\n"
    "Washington, D.C.  20549\n"
    "\n"
    "Re:     Microsoft Corporation - Power of Attorney\n"
    "\n"
    "To whom it may concern:\n"
    "\n"
    "I revoke my prior Microsoft Corporation - Power of Attorney.\n"
    "This will confirm that, effective as of the date above, I have\n"
    "granted each of the individuals listed below the\n"
    "authority to, on my behalf, execute and file the Statement of\n"
    "Changes in Beneficial Ownership of Securities (Form 4) and the\n"
    "Annual Statement of Changes in Beneficial Ownership (Form 5),\n"
    "in connection with transactions in Microsoft Corporation securities,\n"
    "as my Attorney-In-Fact.  Such power of attorney shall remain in full\n"
    "force and effect until either (i) I am no longer subject to the\n"
    "reporting requirements under Section 16 of the Securities Act of\n"
    "1933, as amended or (ii) I have provided you with written notice\n"
    "withdrawing this authority.\n"
    "\n"
    "The individuals who are authorized to act as my Attorney-In-Fact\n"
    "under this Power of Attorney are as follows:\n"
    "\n"
    "Julia Stark\n"
    "Benjamin O. Orndorff\n"
    "Michael Pressman\n"
    "Keith R. Dolliver\n"
    "Christyne Mayberry\n"
    "\n"
    "This Power of Attorney is effective immediately upon filing with the\n"
    "Securities Exchange Commission and for purposes of my future Form 4\n"
    "and Form 5 filings relating to Microsoft securities and transactions.\n"
    "Sincerely,\n"
    "\n"
    "/s/ Reid G. Hoffman\n"
    "Reid G. Hoffman\n"
    "\n"
    "\n"
    "\n";

// A power of attorney for Meta Platforms, Inc. with curly quotes
// (0000950103-22-008730, EX-24.1, HTML).
constexpr std::string_view kMeta =
    "Exhbit 24.1\n"
    "\n"
    "POWER OF ATTORNEY\n"
    "\n"
    "KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Jennifer "
    "Newstead, Katherine R. Kelly, and Erin Guldiken, and each of them, the "
    "undersigned\xE2\x80\x99s true and lawful attorney-in-fact to:\n"
    "\n"
    "(1) execute for and on behalf of the undersigned, in the undersigned\xE2\x80\x99s capacity as "
    "a representative of Meta Platforms, Inc. (the \xE2\x80\x9C"
    "Company\xE2\x80\x9D), any and all Form 3, 4 or 5 reports required to be filed by the "
    "undersigned in accordance with Section 16(a) of the Securities Exchange Act of 1934, as "
    "amended (\xE2\x80\x9C"
    "Exchange Act\xE2\x80\x9D), and the rules thereunder with respect to transactions in "
    "securities of the Company;\n"
    "\n"
    "(2) do and perform any and all acts for and on behalf of the undersigned which may be "
    "necessary or desirable to complete and execute any such Form 3, 4 or 5 report and timely file "
    "such report with the U.S. Securities and Exchange Commission and any stock exchange or "
    "similar authority; and\n"
    "\n"
    "(3) take any other action of any type whatsoever in connection with the foregoing which, in "
    "the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or "
    "legally required by, the undersigned, it being understood that the documents executed by such "
    "attorney-in-fact on behalf of the undersigned, pursuant to this Power of Attorney, shall be "
    "in such form and shall contain such terms and conditions as such attorney-in-fact may approve "
    "in her discretion.\n"
    "\n"
    "The undersigned hereby grants to each such attorney-in-fact full power and authority to do "
    "and perform each and every act and thing whatsoever requisite, necessary and proper to be "
    "done in the exercise of any of the rights and powers herein granted, as fully to all intents "
    "and purposes as the undersigned might or could do if personally present, with full power of "
    "substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, "
    "or her substitute or substitutes, shall lawfully do or cause to be done by virtue of this "
    "Power of Attorney and the rights and powers herein granted. The undersigned acknowledges that "
    "no such attorney-in-fact, in serving in such capacity at the request of the undersigned, is "
    "hereby assuming, nor is the Company hereby assuming, any of the undersigned\xE2\x80\x99s "
    "responsibilities to comply with Section 16 of the Exchange Act.\n"
    "\n"
    "This Power of Attorney shall remain in full force and effect until the undersigned is no "
    "longer required to file Form 3, 4 or 5 reports with respect to the undersigned\xE2\x80\x99s "
    "holdings of and transactions in securities issued by the Company, unless earlier revoked by "
    "the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.\n"
    "\n"
    "IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of "
    "the 4th day of May, 2022.\n"
    "\n"
    "Signature: /s/ Peter Thiel\n"
    "\n"
    "Print Name: Peter Thiel\n"
    "\n";

// A trustee's power of attorney in an iShares 485APOS of 2024
// (0001193125-24-100942, EX-99.(Q3), HTML).
constexpr std::string_view kIShares =
    "Exhibit (q.3)\n"
    "\n"
    "POWER OF ATTORNEY\n"
    "\n"
    "WITH RESPECT TO\n"
    "\n"
    "iSHARES TRUST, iSHARES\n"
    "\n"
    "U.S. ETF TRUST, iSHARES,\n"
    "\n"
    "INC.\n"
    "\n"
    "Know all persons by these presents that Laura Fergerson, a Trustee of iShares Trust and "
    "iShares U.S. ETF Trust (each, a \xE2\x80\x9CTrust\xE2\x80\x9D) and a Director of iShares, "
    "Inc. (each, a \xE2\x80\x9C"
    "Company,\xE2\x80\x9D and together with the Trusts, the \xE2\x80\x9C"
    "Companies\xE2\x80\x9D), whose name and signature appears below, constitutes and appoints "
    "Jessica Tan, Trent W. Walker, Marisa Rolland, Margery K. Neale, Benjamin J. Haskin, Shannon "
    "Ghia and Rachel Aguirre as her attorneys-in-fact, with power of substitution, and each of "
    "them in any and all capacities, to sign (i) any registration statement on Form N-1A, Form "
    "N-14 or any other applicable registration form under the Investment Company Act of 1940, as "
    "amended, and/or under the Securities Act of 1933, as amended, and any and all amendments "
    "thereto, filed by the Companies of which he is now or is on the date of such filing a Trustee "
    "of the Trust or Director of the Company, (ii) any application, notice or other filings with "
    "the Securities and Exchange Commission and any and all amendments thereto, and (iii) any and "
    "all other documents and papers, including any exhibits, in connection therewith, and "
    "generally to do all such things in her name and on her behalf in the capacities indicated to "
    "enable the Companies to comply with the Investment Company Act of 1940, as amended, and/or "
    "the Securities Act of 1933, as amended, and the rules thereunder, hereby ratifying and "
    "confirming all that said attorneys-in-fact, or their substitute or substitutes, may do or "
    "cause to be done by virtue hereof. Should any of those constituted and appointed as "
    "attorneys-in-fact hereby no longer be employed by their respective current employer, this "
    "Power of Attorney shall terminate and be void as to such attorney-in-fact.\n"
    "\n"
    "Effective April 8, 2024\n"
    "\n"
    "/s/ Laura F. Fergerson\n"
    "\n"
    "Name: Laura Fergerson\n";

// The names of the attorneys-in-fact, in order.
std::vector<std::string> Names(const PowerOfAttorneyRecord& record) {
  std::vector<std::string> names;
  for (const AttorneyInFact& attorney : record.attorneys_in_fact) names.push_back(attorney.name);
  return names;
}

using Strings = std::vector<std::string>;

TEST(ReadPowerOfAttorney, ReadsTheSeed) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kHemaCare, 1);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "Andrew Heaton");
  EXPECT_EQ(record->company, "HemaCare Corporation");
  EXPECT_EQ(record->executed_on, "2003-05-08");
  EXPECT_EQ(record->signing, "singly");
  ASSERT_EQ(record->attorneys_in_fact.size(), 3u);
  EXPECT_EQ(record->attorneys_in_fact[0].name, "Judi Irving");
  EXPECT_EQ(record->attorneys_in_fact[0].title, "Chief Executive Officer");
  EXPECT_EQ(record->attorneys_in_fact[1].name, "David Fractor");
  EXPECT_EQ(record->attorneys_in_fact[1].title, "Chief Financial Officer");
  EXPECT_EQ(record->attorneys_in_fact[2].name, "JoAnn Stover");
  EXPECT_EQ(record->attorneys_in_fact[2].title, "Corporate Secretary");
  EXPECT_EQ(record->scope, (Strings{"3", "4", "5", "ID", "SC 13D", "SC 13G"}));
  EXPECT_EQ(record->ends,
            "This Power of Attorney shall remain in full force and effect until the undersigned "
            "is no longer required to file Forms 3, 4 and 5 or Schedule 13D or 13G with respect "
            "to the undersigned's holdings of and transactions in securities issued by the "
            "Company, unless earlier revoked by the undersigned in a signed writing delivered to "
            "the foregoing attorneys-in-fact.");
  EXPECT_EQ(record->document, 1);
}

TEST(ReadPowerOfAttorney, ReadsADirectorsPowerOfAttorneyWithTitles) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kCocaCola, 9);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "M. Douglas Ivester");
  EXPECT_EQ(record->company, "The Coca-Cola Company");
  EXPECT_EQ(record->executed_on, "1998-02-19");  // "19th day of February 1998"
  EXPECT_EQ(record->signing, "singly");          // "or any one of them"
  ASSERT_EQ(record->attorneys_in_fact.size(), 4u);
  EXPECT_EQ(record->attorneys_in_fact[0].name, "JAMES E. CHESTNUT");
  EXPECT_EQ(record->attorneys_in_fact[0].title,
            "Senior Vice President and Chief Financial Officer");
  EXPECT_EQ(record->attorneys_in_fact[1].name, "JOSEPH R. GLADDEN, JR.");
  EXPECT_EQ(record->attorneys_in_fact[1].title, "Senior Vice President and General Counsel");
  EXPECT_EQ(record->attorneys_in_fact[3].name, "CAROL C. HAYES");
  EXPECT_EQ(record->attorneys_in_fact[3].title, "Assistant Secretary");
  EXPECT_EQ(record->scope, Strings{"10-K"});
  EXPECT_EQ(record->ends, "");  // the text does not say
  EXPECT_EQ(record->document, 9);
}

TEST(ReadPowerOfAttorney, ReadsOnePowerOfAttorneySignedByEveryDirector) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kGeneralElectric, 12);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "");  // "each of the undersigned"
  EXPECT_EQ(record->company, "General Electric Company");
  EXPECT_EQ(record->executed_on, "1994-03-11");
  EXPECT_EQ(record->signing, "singly");  // "and each of them"
  EXPECT_EQ(Names(*record), (Strings{"John F. Welch, Jr.", "Benjamin W. Heineman, Jr.",
                                     "Dennis D. Dammerman", "Philip D. Ameen"}));
  EXPECT_EQ(record->scope, Strings{"10-K"});
}

TEST(ReadPowerOfAttorney, DropsWhereTheAttorneysWork) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kMongoDb, 2);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "Roelof Botha");
  EXPECT_EQ(record->company, "MongoDB, Inc.");
  EXPECT_EQ(record->executed_on, "2020-02-27");  // "Date: February 27, 2020"
  EXPECT_EQ(record->signing, "singly");          // "signing individually"
  EXPECT_EQ(Names(*record), (Strings{"Andrew Stephens", "Sophie Hubscher", "Nicole Brookshire",
                                     "Alison Haggerty"}));
  EXPECT_EQ(record->scope, (Strings{"ID", "3", "4", "5"}));
  EXPECT_TRUE(record->ends.starts_with(
      "This Power of Attorney shall remain in full force and effect until the earliest to occur"));
  EXPECT_TRUE(record->ends.ends_with("or Cooley LLP, as applicable."));
}

TEST(ReadPowerOfAttorney, ReadsTheAttorneysOfAnAnnex) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kJoby, 1);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "Reid Hoffman");
  EXPECT_EQ(record->company, "Joby Aviation, Inc.");
  EXPECT_EQ(record->executed_on, "2021-08-10");
  EXPECT_EQ(record->signing, "singly");
  EXPECT_EQ(Names(*record), (Strings{"Kate DeHoff", "Mustafa Rizvi"}));
  EXPECT_EQ(record->scope, (Strings{"ID", "3", "4", "5"}));
}

TEST(ReadPowerOfAttorney, ReadsALetterListingTheAttorneys) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kMicrosoft, 2);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "Reid G. Hoffman");
  EXPECT_EQ(record->company, "Microsoft Corporation");  // "Re: Microsoft Corporation - ..."
  EXPECT_EQ(record->executed_on, "2024-09-16");         // the letter's date
  EXPECT_EQ(record->signing, "");
  EXPECT_EQ(Names(*record), (Strings{"Julia Stark", "Benjamin O. Orndorff", "Michael Pressman",
                                     "Keith R. Dolliver", "Christyne Mayberry"}));
  EXPECT_EQ(record->scope, (Strings{"4", "5"}));
  EXPECT_EQ(record->ends,
            "Such power of attorney shall remain in full force and effect until either (i) I am no "
            "longer subject to the reporting requirements under Section 16 of the Securities Act "
            "of 1933, as amended or (ii) I have provided you with written notice withdrawing this "
            "authority.");
}

TEST(ReadPowerOfAttorney, ReadsCurlyQuotesAndInitials) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kMeta, 2);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "Peter Thiel");
  EXPECT_EQ(record->company, "Meta Platforms, Inc.");
  EXPECT_EQ(record->executed_on, "2022-05-04");
  EXPECT_EQ(record->signing, "singly");
  EXPECT_EQ(Names(*record), (Strings{"Jennifer Newstead", "Katherine R. Kelly", "Erin Guldiken"}));
  EXPECT_EQ(record->scope, (Strings{"3", "4", "5"}));
}

TEST(ReadPowerOfAttorney, ReadsATrusteesPowerOfAttorney) {
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(kIShares, 2);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->grantor, "Laura Fergerson");
  EXPECT_EQ(record->company, "iShares, Inc.");
  EXPECT_EQ(record->executed_on, "2024-04-08");  // "Effective April 8, 2024"
  EXPECT_EQ(record->signing, "singly");
  EXPECT_EQ(Names(*record),
            (Strings{"Jessica Tan", "Trent W. Walker", "Marisa Rolland", "Margery K. Neale",
                     "Benjamin J. Haskin", "Shannon Ghia", "Rachel Aguirre"}));
  EXPECT_EQ(record->scope, (Strings{"N-1A", "N-14"}));
  EXPECT_TRUE(record->ends.starts_with("Should any of those constituted and appointed"));
}

TEST(ReadPowerOfAttorney, ReadsNothingFromOtherText) {
  // Seed 004: HemaCare's 8-K signature page.
  constexpr std::string_view kEightK =
      "                           SIGNATURES\n"
      "\n"
      "Pursuant  to the requirements of the Securities Exchange  Act  of\n"
      "1934, the registrant has duly caused this report to be signed  on\n"
      "its behalf by the undersigned hereunto duly authorized.\n"
      "\n"
      "Date: June 27, 2003           HEMACARE CORPORATION\n"
      "\n"
      "                             /s/ Judi Irving\n";
  EXPECT_FALSE(ReadPowerOfAttorney(kEightK, 1).has_value());
  EXPECT_FALSE(ReadPowerOfAttorney("", 1).has_value());
  // A title with no appointment after it: an exhibit index line.
  EXPECT_FALSE(ReadPowerOfAttorney(kCocaCola.substr(0, 80), 1).has_value());
  // "Power of Attorney" far down a long document is not its title.
  const std::string deep =
      std::string(kPowerOfAttorneyTitleBytes + 1, '\n') + std::string(kHemaCare);
  EXPECT_FALSE(ReadPowerOfAttorney(deep, 1).has_value());
}

TEST(ReadPowerOfAttorney, SurvivesEveryPrefixAndHostileBytes) {
  for (size_t n = 0; n <= kHemaCare.size(); n += 13) {
    (void)ReadPowerOfAttorney(kHemaCare.substr(0, n), 1);
  }
  std::string bytes = "POWER OF ATTORNEY appoints ";
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>(i * 37 % 256));
  bytes +=
      " Forms 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, "
      "24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35";
  const std::optional<PowerOfAttorneyRecord> record = ReadPowerOfAttorney(bytes, 1);
  ASSERT_TRUE(record.has_value());
  EXPECT_LE(record->scope.size(), kMaxScopeForms);
  EXPECT_LE(record->attorneys_in_fact.size(), kMaxAttorneysInFact);
}

}  // namespace
}  // namespace edgard::extract
